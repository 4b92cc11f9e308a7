import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { NotificationList } from './notification-list';

export const metadata: Metadata = { title: 'Notifications' };
export const dynamic = 'force-dynamic';

export default async function NotificationsPage() {
  const session = await getSession();
  if (!session) redirect('/sign-in?callbackUrl=/notifications');
  return <NotificationList seeker={session.user.role === 'seeker'} />;
}
