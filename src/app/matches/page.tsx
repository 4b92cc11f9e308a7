import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { MATCHES_PAGE } from '@/lib/validators/matching';
import { getSession } from '@/server/auth/session';
import { preparationStatus } from '@/server/services/matching/preparation-status';
import { placeParts } from '@/server/services/matching/scoring/location-names';
import { getServerApi } from '@/trpc/server';
import { JobCard } from '../_components/job-card';
import { MarkStepOnVisit } from '../_components/onboarding/mark-step-on-visit';
import { MatchBadge } from '../_components/match/match-badge';
import { MatchExplanation } from '../_components/match/match-explanation';
import { MatchesPreparing } from '../_components/match/matches-preparing';
import { ApplicationNote } from './application-note';
import { FiltersSummary } from './filters-summary';
import { MatchFiltersForm } from './match-filters-form';
import { matchQuery, type SearchParams } from './match-query';
import { PreferencesNote } from './preferences-note';
import { ownMinimum } from './salary-words';
import { ShowMoreMatches } from './show-more-matches';

export const metadata: Metadata = { title: 'Jobs for you' };
export const dynamic = 'force-dynamic';

export default async function MatchesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (!(await getSession())) redirect('/sign-in?callbackUrl=/matches');
  const preparation = preparationStatus();
  if (preparation.phase === 'preparing') {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Jobs for you</h1>
        <MatchesPreparing status={preparation} />
      </div>
    );
  }
  const api = await getServerApi();
  const params = await searchParams;
  const query = matchQuery(params);
  const [result, profile] = await Promise.all([api.matching.forMe(query), api.profile.get()]);
  const shown = query.limit ?? MATCHES_PAGE;
  // "Remote" in the places list is an arrangement, not a place to limit the list to.
  const preferredPlaces = profile.preferences.locations.filter((l) => placeParts(l).length > 0);
  const minimum = ownMinimum(profile.preferences);

  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_1fr]">
      {/* Ticked once there are matches to see: an empty profile's visit is not "seeing the jobs that fit". */}
      {result.items.length > 0 && <MarkStepOnVisit step="matches" />}
      {/* Keyed by the filters: a client-side visit with other filters must reset the form's boxes. */}
      <MatchFiltersForm
        key={JSON.stringify(result.filters)}
        filters={result.filters}
        preferredPlaces={preferredPlaces}
        ownMinimum={minimum}
      />
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-bold">Jobs for you</h1>
          {result.profileOccupation && (
            <p className="text-sm text-slate-600" data-testid="profile-occupation">
              Matched as <span className="font-medium">{result.profileOccupation.title}</span> (O*NET{' '}
              {result.profileOccupation.code}), from your profile and the jobs most like it.{' '}
              <Link href="/profile#occupations" className="text-brand-700 underline">
                Change your occupation
              </Link>
            </p>
          )}
          <FiltersSummary filters={result.filters} ownMinimum={minimum} />
          {/* Below lg the form follows the list (the matches come first on a phone): a way to it. */}
          <a
            href="#match-filters"
            className="mt-2 inline-block rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-brand-700 lg:hidden"
            data-testid="to-match-filters"
          >
            Filter these matches
          </a>
          <PreferencesNote
            preferences={profile.preferences}
            preferredPlaces={preferredPlaces}
            filters={result.filters}
          />
          {result.degraded && (
            <p role="note" className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
              Similarity search is unavailable right now: these matches use skills, experience, location and salary
              only.
            </p>
          )}
        </div>
        {result.items.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
            {result.hint ?? 'No matches yet.'}{' '}
            {result.hint?.includes('profile') && (
              <Link href="/profile" className="text-brand-700 underline">
                Go to your profile
              </Link>
            )}
          </p>
        ) : (
          <ol className="space-y-3">
            {result.items.map(({ job, match, application }, i) => (
              <li key={job.id} id={`match-${i + 1}`} className="scroll-mt-20">
                <JobCard job={job}>
                  <div className="flex flex-wrap items-center gap-3">
                    {application && <ApplicationNote application={application} />}
                    <MatchBadge match={match} />
                    <details className="w-full text-sm">
                      <summary className="cursor-pointer text-brand-700">Why this match</summary>
                      <div className="mt-2">
                        <MatchExplanation match={match} />
                      </div>
                    </details>
                  </div>
                </JobCard>
              </li>
            ))}
          </ol>
        )}
        <ShowMoreMatches params={params} shown={shown} listed={result.items.length} />
      </div>
    </div>
  );
}
