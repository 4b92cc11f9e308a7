import Link from 'next/link';
import { getSession } from '@/server/auth/session';
import { SignOutButton } from './sign-out-button';

export async function SiteHeader() {
  const session = await getSession();
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl items-center gap-6 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-700">
          GiveMeJobs
        </Link>
        <Link href="/jobs" className="text-sm hover:underline">
          Jobs
        </Link>
        <div className="ml-auto flex items-center gap-4 text-sm">
          {session ? (
            <>
              {session.user.role !== 'seeker' && (
                <Link href="/recruiter" className="hover:underline">
                  Dashboard
                </Link>
              )}
              <Link href="/matches" className="hover:underline">
                Matches
              </Link>
              <Link href="/profile" className="hover:underline">
                Profile
              </Link>
              <Link href="/saved" className="hover:underline">
                Saved
              </Link>
              <Link href="/applications" className="hover:underline">
                Applications
              </Link>
              <Link href="/analytics" className="hover:underline">
                Analytics
              </Link>
              <Link href="/me" className="hover:underline">
                My account
              </Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/sign-in" className="hover:underline">
                Sign in
              </Link>
              <Link href="/sign-up" className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">
                Sign up
              </Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
