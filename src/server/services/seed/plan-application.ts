/**
 * One seeded application, planned in memory: its date, match score, simulated history (events)
 * and the score row. Pure given the generator; applications.ts writes the plans.
 */
import type { applicationEvents, applications, jobMatchScores } from '@/server/db/schema';
import { simulateHistory } from './application-history';
import { skillOverlap, type PoolJob } from './application-pool';
import type { Rng } from './random';

const DAY_MS = 86_400_000;
/** Applications are dated within this many days before `now`. */
export const HISTORY_DAYS = 180;

export interface Planned {
  application: typeof applications.$inferInsert;
  events: (typeof applicationEvents.$inferInsert)[];
  score: typeof jobMatchScores.$inferInsert | null;
}

export interface Seeker {
  id: string;
  skills: ReadonlySet<string>;
  salaryMin: number | null;
  effect: number;
}

/** A version-4-shaped UUID from the seeded generator, so reruns give the same ids. */
export function seededUuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ((rng.int(0, 3) | 8) >>> 0).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Roughly normal with the given spread (sum of three uniforms). */
export const noise = (rng: Rng, sd: number) => (rng.next() + rng.next() + rng.next() - 1.5) * 2 * sd;

/** UTC hours people send applications at (North American and European working days). */
const HOUR_WEIGHTS: Record<string, number> = Object.fromEntries(
  Array.from({ length: 24 }, (_, h) => [String(h), h >= 13 && h <= 23 ? 6 : h >= 8 && h < 13 ? 3 : 1]),
);

function applicationDate(rng: Rng, postedAt: Date, now: Date): Date | null {
  const earliest = Math.max(postedAt.getTime(), now.getTime() - HISTORY_DAYS * DAY_MS);
  const latest = now.getTime() - 2 * 3_600_000;
  if (earliest > latest) return null;
  // Most people apply within days of a posting; a few weeks later at most.
  const day = Math.min(latest, earliest + rng.next() ** 2 * 21 * DAY_MS);
  const at = new Date(day);
  at.setUTCHours(Number(rng.weighted(HOUR_WEIGHTS)), rng.int(0, 59), rng.int(0, 59), 0);
  return at.getTime() >= earliest && at.getTime() <= latest ? at : new Date(day);
}

export function planApplication(rng: Rng, seeker: Seeker, job: PoolJob, now: Date): Planned | null {
  const appliedAt = applicationDate(rng, job.postedAt, now);
  if (!appliedAt) return null;
  const overlap = skillOverlap(seeker.skills, job.skills);
  // sqrt: sharing half of a posting's skills already makes a decent match, as with the real matcher.
  const raw = 0.3 + 0.65 * Math.sqrt(overlap) + noise(rng, 0.05);
  const matchScore = Math.round(Math.min(0.99, Math.max(0.05, raw)) * 10_000) / 10_000;
  const salaryRatio = job.salaryAnnualUsd && seeker.salaryMin ? job.salaryAnnualUsd / seeker.salaryMin : null;
  const history = simulateHistory(
    rng,
    { appliedAt, matchScore, salaryRatio, seekerEffect: seeker.effect, ...job },
    now,
  );
  const id = seededUuid(rng);
  const last = history.events[history.events.length - 1]?.at ?? appliedAt;
  return {
    application: {
      id,
      userId: seeker.id,
      jobId: job.id,
      status: history.status,
      appliedAt,
      responseAt: history.responseAt,
      source: job.source,
      createdAt: appliedAt,
      updatedAt: last,
    },
    events: history.events.map((e) => ({
      applicationId: id,
      fromStatus: e.from,
      toStatus: e.to,
      actorId: seeker.id,
      metadata: { by: e.by, seeded: true },
      occurredAt: e.at,
    })),
    score: {
      userId: seeker.id,
      jobId: job.id,
      semanticScore: matchScore,
      traditionalScore: matchScore,
      compositeScore: matchScore,
      matchFactors: { seeded: true, method: 'skill_overlap', overlap: Math.round(overlap * 1000) / 1000 },
      calculatedAt: appliedAt,
    },
  };
}

export function bookmark(rng: Rng, seekerId: string, job: PoolJob, now: Date): Planned {
  const id = seededUuid(rng);
  const savedAt = new Date(Math.max(job.postedAt.getTime(), now.getTime() - rng.float(1, 10) * DAY_MS));
  return {
    application: { id, userId: seekerId, jobId: job.id, status: 'saved', createdAt: savedAt, updatedAt: savedAt },
    events: [{ applicationId: id, fromStatus: null, toStatus: 'saved', actorId: seekerId, occurredAt: savedAt }],
    score: null,
  };
}
