import type { ReactNode } from 'react';
import { getSession } from '@/server/auth/session';
import { RecruiterNav } from './_components/recruiter-nav';

/** Every recruiter page carries the section's own links (each page checks who may see it). */
export default async function RecruiterLayout({ children }: { children: ReactNode }) {
  const session = await getSession();
  const showNav = session && session.user.role !== 'seeker';
  return (
    <div className="space-y-4">
      {showNav && <RecruiterNav admin={session.user.role === 'admin'} />}
      {children}
    </div>
  );
}
