import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

/** Where signing in lands without a callback: each role's own start page. */
export default async function HomeRedirect() {
  const session = await getSession();
  if (!session) redirect('/sign-in');
  const { role } = session.user;
  redirect(role === 'recruiter' ? '/recruiter' : role === 'admin' ? '/admin/sources' : '/jobs');
}
