import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { ExportJsonButton } from './export-json-button';
import { ProfileEditor } from './profile-editor';

export const metadata: Metadata = { title: 'Profile' };
export const dynamic = 'force-dynamic';

export default async function ProfilePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await getSession())) redirect('/sign-in?callbackUrl=/profile');
  const imported = (await searchParams).imported === '1';
  const api = await getServerApi();
  const profile = await api.profile.get();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Your profile</h1>
        <div className="flex gap-2">
          <ExportJsonButton />
          <Link href="/profile/import" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
          Import a resume
          </Link>
        </div>
      </div>
      {imported && (
        <p role="status" data-testid="import-success" className="rounded-lg bg-emerald-50 p-4 text-sm text-emerald-900">
          Your resume is imported: {profile.experience.length} {profile.experience.length === 1 ? 'role' : 'roles'} and{' '}
          {profile.skills.length} {profile.skills.length === 1 ? 'skill' : 'skills'} are on your profile. Check them below,
          then{' '}
          <Link href="/matches" className="font-medium underline">
            see the jobs that fit you
          </Link>
          .
        </p>
      )}
      <ProfileEditor initial={profile} />
    </div>
  );
}
