'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/recruiter', label: 'Dashboard' },
  { href: '/recruiter/jobs/new', label: 'Post a job' },
  { href: '/recruiter/candidates', label: 'Candidates' },
  { href: '/recruiter/company', label: 'Company' },
];

/** The recruiter's own section links; wraps instead of scrolling on a phone. */
export function RecruiterNav({ admin }: { admin: boolean }) {
  const pathname = usePathname();
  const links = admin ? [...LINKS, { href: '/recruiter/approvals', label: 'Approvals' }] : LINKS;
  const current = (href: string) =>
    href === '/recruiter'
      ? pathname === '/recruiter' || (pathname.startsWith('/recruiter/jobs/') && pathname !== '/recruiter/jobs/new')
      : pathname.startsWith(href) || (href === '/recruiter/candidates' && pathname.startsWith('/recruiter/applications/'));
  return (
    <nav aria-label="Recruiter" className="flex flex-wrap gap-1 border-b border-slate-200 pb-2 text-sm">
      {links.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={current(l.href) ? 'page' : undefined}
          className="rounded-md px-3 py-1.5 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-700"
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
