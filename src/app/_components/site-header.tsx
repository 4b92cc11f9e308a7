import Link from 'next/link';
import { getSession } from '@/server/auth/session';
import { NotificationBell } from './notification-bell';
import { PhoneMenu } from './phone-menu';
import { SignOutButton } from './sign-out-button';
import { readThemeChoice } from './theme/read-theme';
import { ThemeSelect } from './theme/theme-select';

interface NavLink {
  href: string;
  label: string;
}

/** The signed-in links, in the order they read on a wide screen and in the phone menu. */
function linksFor(role: string): NavLink[] {
  // Recruiters get their own tools, not the seeker's (matches, saved jobs, a board of their own).
  if (role === 'recruiter') {
    return [
      { href: '/recruiter', label: 'Dashboard' },
      { href: '/recruiter/candidates', label: 'Candidates' },
      { href: '/recruiter/company', label: 'Company' },
      { href: '/me', label: 'My account' },
    ];
  }
  return [
    ...(role === 'admin' ? [{ href: '/admin/sources', label: 'Sources' }] : []),
    ...(role !== 'seeker' ? [{ href: '/recruiter', label: 'Dashboard' }] : []),
    { href: '/matches', label: 'Matches' },
    { href: '/profile', label: 'Profile' },
    { href: '/saved', label: 'Saved' },
    { href: '/alerts', label: 'Alerts' },
    { href: '/applications', label: 'Applications' },
    ...(role === 'seeker' ? [{ href: '/documents', label: 'Documents' }] : []),
    { href: '/analytics', label: 'Analytics' },
    { href: '/me', label: 'My account' },
  ];
}

/**
 * Wide screens show every link in one row. Below 1024 px the signed-in links (nine of them; seven
 * already made a 390 px page 687 px wide) fold into a menu (phone-menu.tsx).
 */
export async function SiteHeader() {
  const session = await getSession();
  const links = session ? linksFor(session.user.role) : [];
  const theme = await readThemeChoice();
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="relative mx-auto flex max-w-5xl items-center gap-4 px-4 py-3 sm:gap-6 lg:gap-4">
        <Link href="/" className="text-lg font-semibold text-brand-700">
          GiveMeJobs
        </Link>
        <Link href="/jobs" className="text-sm hover:underline">
          Jobs
        </Link>
        {session ? (
          <>
            <div className="ml-auto hidden items-center gap-3 whitespace-nowrap text-sm lg:flex xl:gap-4">
              {links.map((l) => (
                <Link key={l.href} href={l.href} className="hover:underline">
                  {l.label}
                </Link>
              ))}
              <NotificationBell />
              <ThemeSelect initial={theme} compact />
              <SignOutButton />
            </div>
            <PhoneMenu>
              <ul className="absolute right-4 left-4 top-full z-30 mt-1 flex flex-col rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
                {links.map((l) => (
                  <li key={l.href}>
                    <Link href={l.href} className="block px-4 py-2.5 hover:bg-slate-50">
                      {l.label}
                    </Link>
                  </li>
                ))}
                <li className="border-t border-slate-100 px-4 py-2.5">
                  <ThemeSelect initial={theme} />
                </li>
                <li className="border-t border-slate-100 px-4 py-2.5">
                  <SignOutButton />
                </li>
              </ul>
            </PhoneMenu>
            {/* Beside the phone menu, not in it: the unread count shows without opening anything. */}
            <NotificationBell className="-ml-2 lg:hidden" />
          </>
        ) : (
          <div className="ml-auto flex items-center gap-4 text-sm">
            {/* Not on a phone: beside Sign in and Sign up it would push the page past 360 px; the footer has it there. */}
            <span className="hidden sm:inline-flex">
              <ThemeSelect initial={theme} compact />
            </span>
            <Link href="/sign-in" className="hover:underline">
              Sign in
            </Link>
            <Link
              href="/sign-up"
              className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700"
            >
              Sign up
            </Link>
          </div>
        )}
      </nav>
    </header>
  );
}
