import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { JOB_TYPES, REMOTE_TYPES, type JobType, type RemoteType } from '@/lib/validators/enums';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { JOB_TYPE_LABEL, REMOTE_LABEL } from '../_components/format';
import { JobCard } from '../_components/job-card';
import { MatchBadge } from '../_components/match/match-badge';
import { MatchExplanation } from '../_components/match/match-explanation';

export const metadata: Metadata = { title: 'Jobs for you' };
export const dynamic = 'force-dynamic';

type Params = Record<string, string | string[] | undefined>;

const listOf = <T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T[] | undefined => {
  const values = (Array.isArray(value) ? value : value ? [value] : []).filter((v): v is T =>
    (allowed as readonly string[]).includes(v),
  );
  return values.length > 0 ? values : undefined;
};

export default async function MatchesPage({ searchParams }: { searchParams: Promise<Params> }) {
  if (!(await getSession())) redirect('/sign-in?callbackUrl=/matches');
  const params = await searchParams;
  const remoteTypes = listOf<RemoteType>(params.remote, REMOTE_TYPES);
  const jobTypes = listOf<JobType>(params.type, JOB_TYPES);
  const location = typeof params.location === 'string' && params.location.trim() ? params.location.trim().slice(0, 100) : undefined;
  const result = await (await getServerApi()).matching.forMe({ remoteTypes, jobTypes, location, limit: 20 });

  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_1fr]">
      <form method="get" className="space-y-4 rounded-xl bg-white p-4 text-sm shadow-sm" aria-label="Filter matches">
        <fieldset>
          <legend className="font-medium">Work arrangement</legend>
          {REMOTE_TYPES.map((t) => (
            <label key={t} className="mt-1 flex items-center gap-2">
              <input type="checkbox" name="remote" value={t} defaultChecked={remoteTypes?.includes(t)} />
              {REMOTE_LABEL[t]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="font-medium">Job type</legend>
          {JOB_TYPES.map((t) => (
            <label key={t} className="mt-1 flex items-center gap-2">
              <input type="checkbox" name="type" value={t} defaultChecked={jobTypes?.includes(t)} />
              {JOB_TYPE_LABEL[t]}
            </label>
          ))}
        </fieldset>
        <label className="block">
          <span className="font-medium">Location</span>
          <input
            name="location"
            defaultValue={location}
            placeholder="City, or remote"
            className="mt-1 w-full rounded border border-slate-300 px-2 py-1"
          />
        </label>
        <button type="submit" className="w-full rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">
          Update matches
        </button>
      </form>
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-bold">Jobs for you</h1>
          {result.profileOccupation && (
            <p className="text-sm text-slate-600" data-testid="profile-occupation">
              Your profile reads as <span className="font-medium">{result.profileOccupation.title}</span> (O*NET{' '}
              {result.profileOccupation.code}).
            </p>
          )}
          {result.degraded && (
            <p role="note" className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
              Similarity search is unavailable right now: these matches use skills, experience, location and salary only.
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
            {result.items.map(({ job, match }) => (
              <li key={job.id}>
                <JobCard job={job}>
                  <div className="flex flex-wrap items-center gap-3">
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
      </div>
    </div>
  );
}
