import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { AddJob } from '../_components/add-job';
import { ApplicationsView } from './_components/applications-view';
import { criteriaFromParams } from './_components/list-criteria';
import { BOARD_INPUT, viewFromParams } from './_components/list-params';

export const metadata: Metadata = { title: 'Applications' };
export const dynamic = 'force-dynamic';

type Params = Record<string, string | string[] | undefined>;

/** Server-renders the current view; the client takes over moves, sorting and filters. */
export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<Params> }) {
  if (!(await getSession())) redirect('/sign-in?callbackUrl=/applications');
  const params = await searchParams;
  const view = viewFromParams(params);
  const criteria = criteriaFromParams(params);
  const api = await getServerApi();
  const initial = await api.applications.list(view === 'board' ? BOARD_INPUT : criteria);
  return (
    <div className="space-y-4">
      <ApplicationsView initialView={view} initialCriteria={criteria} initialData={initial} />
      <AddJob />
    </div>
  );
}
