/**
 * The seeker's rates against other seekers': overall, and in each industry the seeker applied
 * to. Every other seeker counts once (the mean of their own rates), so a few prolific
 * applicants do not set the average. Anonymity: the seeker is left out of their own average
 * (their own row is taken out of the platform's sums), a group of fewer than MIN_BENCHMARK_USERS
 * seekers is dropped inside the query, so its numbers never leave the database, and a group left
 * with fewer than MIN_BENCHMARK_USERS others once the seeker is taken out is dropped before
 * anything is shown. An industry where the seeker has fewer than MIN_SAMPLE applications is not
 * compared either: their side of the row would rest on one or two results.
 * The platform's side is a snapshot at most a minute old, shared by every seeker, the seeker's
 * own row in it taken out; the seeker's side is their applications now (platform-totals.ts).
 */
import type { AnalyticsWindow, BenchmarkGroup, Benchmarks } from '@/lib/validators/analytics';
import type { DbOrTx } from '@/server/db';
import type { ApplicationFact } from './application-facts';
import { MIN_SAMPLE } from './compute-breakdowns';
import { averageResponseDays, countOutcomes, round } from './compute-metrics';
import { platformTotals, type GroupTotals } from './platform-totals';

export const MIN_BENCHMARK_USERS = 10;

interface Row {
  dimension: 'overall' | 'industry';
  key: string;
  users: number;
  response_rate: number | null;
  interview_rate: number | null;
  offer_rate: number | null;
  response_days: number | null;
}

const maybe = (v: number | null, places: number) => (v === null ? null : round(Number(v), places));
const groupKey = (g: Pick<GroupTotals, 'dimension' | 'key'>) => `${g.dimension}:${g.key}`;

/** The platform's means over everyone in the group but the seeker, or null when too few are left. */
function othersOf(all: GroupTotals, mine: GroupTotals | undefined, minUsers: number): Row | null {
  const users = all.users - (mine ? 1 : 0);
  // Never a mean of nobody, whatever threshold a caller passes.
  if (users < Math.max(1, minUsers)) return null;
  const less = (total: number, own: number | undefined) => (total - (own ?? 0)) / users;
  const dUsers = all.responseDaysUsers - (mine?.responseDaysUsers ?? 0);
  return {
    dimension: all.dimension,
    key: all.key,
    users,
    response_rate: less(all.responseSum, mine?.responseSum),
    interview_rate: less(all.interviewSum, mine?.interviewSum),
    offer_rate: less(all.offerSum, mine?.offerSum),
    response_days: dUsers > 0 ? (all.responseDaysSum - (mine?.responseDaysSum ?? 0)) / dUsers : null,
  };
}

export async function platformBenchmarks(
  db: DbOrTx,
  input: { userId: string; window: AnalyticsWindow; since: Date | null; facts: readonly ApplicationFact[] },
  minUsers = MIN_BENCHMARK_USERS,
): Promise<Benchmarks> {
  const industries = new Set(input.facts.map((f) => f.industry).filter((i): i is string => i !== null));
  const platform = await platformTotals(db, input.window, input.since, minUsers);
  const ownByGroup = new Map((platform.bySeeker.get(input.userId) ?? []).map((g) => [groupKey(g), g]));
  const rows = platform.groups
    .filter((g) => g.dimension === 'overall' || industries.has(g.key))
    .map((g) => othersOf(g, ownByGroup.get(groupKey(g)), minUsers))
    .filter((r): r is Row => r !== null);

  const groups: BenchmarkGroup[] = rows.map((r) => {
    const mine = r.dimension === 'overall' ? input.facts : input.facts.filter((f) => f.industry === r.key);
    const you = countOutcomes(mine);
    return {
      id: r.dimension === 'overall' ? 'overall' : `industry:${r.key}`,
      dimension: r.dimension,
      key: r.key,
      label: r.dimension === 'overall' ? 'All seekers' : r.key,
      users: Number(r.users),
      platform: {
        responseRate: maybe(r.response_rate, 4),
        interviewRate: maybe(r.interview_rate, 4),
        offerRate: maybe(r.offer_rate, 4),
        averageResponseDays: maybe(r.response_days, 1),
      },
      you: {
        n: you.n,
        responseRate: you.responseRate,
        interviewRate: you.interviewRate,
        offerRate: you.offerRate,
        averageResponseDays: averageResponseDays(mine),
      },
    };
  });
  const compared = groups.filter((g) => g.dimension === 'overall' || g.you.n >= MIN_SAMPLE);
  // Overall first, then the industries the seeker applied to most; ties by name, so the order
  // does not depend on the order rows came in.
  compared.sort((a, b) =>
    a.dimension === b.dimension ? b.you.n - a.you.n || a.key.localeCompare(b.key) : a.dimension === 'overall' ? -1 : 1,
  );
  return { minUsers, groups: compared };
}
