import type { Metadata } from 'next';
import { withoutControlCharacters } from '@/lib/control-characters';
import { tooLong } from '@/lib/search-limits';
import { searchCriteriaFromParams } from '@/lib/validators/search';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { OnboardingChecklist } from '../_components/onboarding/onboarding-checklist';
import { JobSearch } from './_search/job-search';

export const metadata: Metadata = { title: 'Jobs' };
export const dynamic = 'force-dynamic';

type Params = Record<string, string | string[] | undefined>;

function toSearchParams(raw: Params): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}

/**
 * What a link asked for that the list leaves out: the URL's reader drops a value it cannot use
 * rather than fail the page, and the page says so (a 600-character search showed every job).
 */
function droppedNotice(params: URLSearchParams): string | null {
  const over = [
    tooLong('search', withoutControlCharacters(params.get('q') ?? undefined) ?? ''),
    tooLong('location', withoutControlCharacters(params.get('location') ?? undefined) ?? ''),
  ].filter((m): m is string => m !== null);
  return over.length ? `${over.join(' ')} This list is not filtered by it.` : null;
}

/** Server-renders the first page of results; the client takes over filtering from the URL. */
export default async function JobsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = toSearchParams(await searchParams);
  const parsed = searchCriteriaFromParams(params);
  const [api, session] = await Promise.all([getServerApi(), getSession()]);
  // A shared "best match" link opened signed out: show the newest instead of an error.
  const criteria = parsed.sort === 'match' && !session ? { ...parsed, sort: 'newest' as const } : parsed;
  const [initial, onboarding] = await Promise.all([
    api.jobs.search(criteria),
    // Seekers only: the checklist is about finding work, until they put it away.
    session?.user.role === 'seeker' ? api.onboarding.status() : null,
  ]);
  return (
    <>
      {onboarding && !onboarding.dismissed && <OnboardingChecklist onboarding={onboarding} />}
      <JobSearch
        initialCriteria={criteria}
        initialData={initial}
        signedIn={Boolean(session)}
        notice={droppedNotice(params)}
      />
    </>
  );
}
