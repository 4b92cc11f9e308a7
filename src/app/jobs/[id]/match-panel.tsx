import { TRPCError } from '@trpc/server';
import Link from 'next/link';
import type { MatchForJobOutput } from '@/lib/validators/matching';
import { preparationStatus } from '@/server/services/matching/preparation-status';
import { getServerApi } from '@/trpc/server';
import { MatchBadge } from '../../_components/match/match-badge';
import { MatchExplanation } from '../../_components/match/match-explanation';
import { MatchesPreparing } from '../../_components/match/matches-preparing';

async function loadMatch(jobId: string): Promise<MatchForJobOutput | 'empty-profile'> {
  try {
    return await (await getServerApi()).matching.forJob({ jobId });
  } catch (err) {
    if (err instanceof TRPCError && err.code === 'BAD_REQUEST') return 'empty-profile';
    throw err;
  }
}

/** "Why this match" and the skill gap, for a signed-in seeker. */
export async function MatchPanel({ jobId }: { jobId: string }) {
  const preparation = preparationStatus();
  if (preparation.phase === 'preparing') {
    return (
      <section aria-labelledby="match-heading" className="space-y-2 rounded-xl bg-white p-6 shadow-sm text-sm">
        <h2 id="match-heading" className="font-semibold">
          Your match
        </h2>
        <MatchesPreparing status={preparation} />
      </section>
    );
  }
  const result = await loadMatch(jobId);
  if (result === 'empty-profile') {
    return (
      <section aria-labelledby="match-heading" className="rounded-xl bg-white p-6 shadow-sm text-sm">
        <h2 id="match-heading" className="font-semibold">
          Your match
        </h2>
        <p className="mt-1 text-slate-600">
          Add your skills and experience to <Link href="/profile" className="text-brand-700 underline">your profile</Link>{' '}
          (or import a resume) to see how well you match this job and what is missing.
        </p>
      </section>
    );
  }
  const { match, skillGap } = result;
  return (
    <>
      <section aria-labelledby="match-heading" className="rounded-xl bg-white p-6 shadow-sm" data-testid="match-panel">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="match-heading" className="font-semibold">
            Why this match
          </h2>
          <MatchBadge match={match} />
        </div>
        <div className="mt-3">
          <MatchExplanation match={match} />
        </div>
      </section>
      {skillGap.length > 0 && (
        <section aria-labelledby="gap-heading" className="rounded-xl bg-white p-6 shadow-sm text-sm" data-testid="skill-gap">
          <h2 id="gap-heading" className="font-semibold">
            Skill gap
          </h2>
          <p className="mt-1 text-slate-600">The skills this job asks for that your profile lacks, the most valuable first.</p>
          <ol className="mt-3 space-y-2">
            {skillGap.map((g) => (
              <li key={g.skill} className="grid grid-cols-[8rem_1fr] items-center gap-3">
                <span className="font-medium">{g.skill}</span>
                <span>
                  <span className="block h-2 rounded-full bg-slate-100" aria-hidden="true">
                    <span className="block h-2 rounded-full bg-rose-400" style={{ width: `${Math.round(g.importance * 100)}%` }} />
                  </span>
                  <span className="text-xs text-slate-600">{g.reason}</span>
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
