/**
 * Which seeded jobs the demo seeker applied to and bookmarked: jobs in their own field, as their
 * searches and matches would have surfaced them, not long shots from anywhere (an electrician's
 * posting on a software developer's board reads as fake). Pure given the generator.
 */
import { skillOverlap, type PoolJob } from './application-pool';
import type { Rng } from './random';

export interface DemoJobsOptions {
  /** The seeker's skill keys. */
  skills: ReadonlySet<string>;
  /** The seeker's O*NET-SOC code, e.g. "15-1252.00". */
  occupation: string;
  /** The O*NET-SOC code a seeded job was written for. */
  occupationOf: (job: PoolJob) => string;
  /** How many applications the history holds. */
  applications: number;
}

/** How many of a field's jobs, closest by skills first, the "close" applications come from. */
const CLOSEST = 60;
/** Share of applications to the closest jobs; the rest go further afield within the field. */
const CLOSE_SHARE = 0.7;

/**
 * Every job of the pool once, in the order the demo seeker takes them: first a sample of the
 * closest jobs of their minor group (7 in 10 applications), then a sample of the rest of the
 * field (minor, then major group), then the rest of the field by skills, then everything else by
 * skills (a small seed has few jobs in the field). The history applies down this list, passing
 * over a job it cannot date, and bookmarks the next open ones.
 */
export function demoJobOrder(rng: Rng, pool: readonly PoolJob[], o: DemoJobsOptions): PoolJob[] {
  const overlap = new Map(pool.map((j) => [j.id, skillOverlap(o.skills, j.skills)]));
  const ranked = [...pool].sort((a, b) => (overlap.get(b.id) ?? 0) - (overlap.get(a.id) ?? 0));
  // "15-12": computer occupations; "15-": computer and mathematical ones.
  const minor = o.occupation.slice(0, 5);
  const major = o.occupation.slice(0, 3);
  const code = new Map(pool.map((j) => [j.id, o.occupationOf(j)]));
  const inGroup = (j: PoolJob, prefix: string) => code.get(j.id)?.startsWith(prefix) === true;
  const sameMinor = ranked.filter((j) => inGroup(j, minor));
  const field = [...sameMinor, ...ranked.filter((j) => !inGroup(j, minor) && inGroup(j, major))];

  const close = rng.sample(sameMinor.slice(0, CLOSEST), Math.round(o.applications * CLOSE_SHARE));
  const closeIds = new Set(close.map((j) => j.id));
  const far = rng.sample(
    field.filter((j) => !closeIds.has(j.id)),
    o.applications - close.length,
  );
  const order = new Map<string, PoolJob>();
  for (const j of [...close, ...far, ...field, ...ranked]) if (!order.has(j.id)) order.set(j.id, j);
  return [...order.values()];
}
