/**
 * Seeded application histories: the demo seeker's (~40 applications over the seeded postings'
 * span, across every status, plus a few bookmarks) and a population of generated sample seekers
 * (a few thousand applications) for platform benchmarks and the success model. Each
 * application's match score is the skill overlap between the seeker's profile and the job,
 * stored in job_match_scores (marked `seeded`) unless the matcher already stored one.
 *
 * Deterministic: seeker #i and the demo history depend only on the seed, the jobs and `now`.
 * Idempotent: the population is skipped when any sample seeker exists, the demo history when
 * the demo seeker has any application. Each part is written in one transaction, so a crash
 * leaves nothing half-done for the next run to skip.
 */
import { count, eq, like } from 'drizzle-orm';
import {
  applicationEvents,
  applications,
  experience,
  jobMatchScores,
  preferences,
  skills,
  users,
} from '@/server/db/schema';
import type { Database, DbOrTx } from '@/server/db/types';
import { loadPool, skillKey, type PoolJob } from './application-pool';
import {
  bookmark,
  HISTORY_DAYS,
  noise,
  planApplication,
  seededUuid,
  type Planned,
  type Seeker,
} from './plan-application';
import { DEMO_OCCUPATION_CODE } from './demo-profile';
import { demoJobOrder } from './demo-history-jobs';
import { createRng, deriveSeed, type Rng } from './random';
import { sampleProfile, type SampleProfileRows } from './sample-profile';
import { SAMPLE_SEEKER_DOMAIN, sampleSeekerPreferences, sampleSeekerUser } from './sample-seekers';

const DAY_MS = 86_400_000;
export const DEFAULT_SAMPLE_SEEKERS = 300;
const DEMO_APPLICATIONS = 40;
const DEMO_BOOKMARKS = 3;
const STREAM_SEEKERS = 11;
const STREAM_DEMO = 12;
const STREAM_PROFILES = 13;
const BATCH = 1000;

export interface HistoriesOptions {
  seed: number;
  now: Date;
  demoSeekerId: string;
  sampleSeekers?: number;
  /** The O*NET code seed job n was written for (jobs.ts seedJobOccupationCode): the demo history stays in the seeker's field. */
  occupationOf: (index: number) => string;
}

export interface HistoriesResult {
  demoApplications: number;
  sampleSeekers: number;
  sampleApplications: number;
}

async function insertPlanned(tx: DbOrTx, planned: readonly Planned[]): Promise<void> {
  const chunks = <T>(rows: T[]) =>
    Array.from({ length: Math.ceil(rows.length / BATCH) }, (_, i) => rows.slice(i * BATCH, (i + 1) * BATCH));
  for (const rows of chunks(planned.map((p) => p.application))) await tx.insert(applications).values(rows);
  for (const rows of chunks(planned.flatMap((p) => p.events))) await tx.insert(applicationEvents).values(rows);
  const scores = planned.flatMap((p) => (p.score ? [p.score] : []));
  for (const rows of chunks(scores)) {
    // A score the matcher already stored is the real one: keep it.
    await tx
      .insert(jobMatchScores)
      .values(rows)
      .onConflictDoNothing({ target: [jobMatchScores.userId, jobMatchScores.jobId] });
  }
}

function planSeeker(rng: Rng, seeker: Seeker, pool: readonly PoolJob[], bySkill: Map<string, PoolJob[]>, now: Date) {
  const wanted = rng.int(4, 16);
  const chosen = new Set<string>();
  const planned: Planned[] = [];
  const skillList = [...seeker.skills];
  for (let attempt = 0; attempt < wanted * 3 && planned.length < wanted; attempt++) {
    // Most applications go to jobs that share a skill; some are long shots.
    const similar = skillList.length > 0 && rng.chance(0.65) ? bySkill.get(rng.pick(skillList)) : undefined;
    const job = rng.pick(similar && similar.length > 0 ? similar : pool);
    if (chosen.has(job.id)) continue;
    const plan = planApplication(rng, seeker, job, now);
    if (!plan) continue;
    chosen.add(job.id);
    planned.push(plan);
  }
  return planned;
}

async function seedPopulation(db: Database, pool: readonly PoolJob[], o: HistoriesOptions, n: number) {
  const [existing] = await db
    .select({ n: count() })
    .from(users)
    .where(like(users.email, `%@${SAMPLE_SEEKER_DOMAIN}`));
  if ((existing?.n ?? 0) > 0 || n === 0) return { seekers: 0, applications: 0 };
  const bySkill = new Map<string, PoolJob[]>();
  for (const job of pool) {
    for (const s of job.skills) {
      const list = bySkill.get(s);
      if (list) list.push(job);
      else bySkill.set(s, [job]);
    }
  }

  return db.transaction(async (tx) => {
    const createdAt = new Date(o.now.getTime() - (HISTORY_DAYS + 20) * DAY_MS);
    const rngs = Array.from({ length: n }, (_, i) => createRng(deriveSeed(o.seed, STREAM_SEEKERS, i)));
    const ids = rngs.map(seededUuid);
    const planned: Planned[] = [];
    const prefs: (typeof preferences.$inferInsert)[] = [];
    const profiles: SampleProfileRows[] = [];
    for (let i = 0; i < n; i++) {
      const rng = rngs[i];
      const id = ids[i];
      if (!rng || !id) continue;
      const anchor = rng.pick(pool);
      const other = rng.pick(pool);
      const extra = [...other.skills].slice(0, 2);
      const profile = new Set([...[...anchor.skills].filter(() => rng.chance(0.8)), ...extra]);
      const names = [...profile].map((key) => anchor.skillNames.get(key) ?? other.skillNames.get(key) ?? key);
      const profileRng = createRng(deriveSeed(o.seed, STREAM_PROFILES, i));
      const employer = profileRng.pick(pool).companyName;
      profiles.push(
        sampleProfile(profileRng, id, anchor, names, employer === anchor.companyName ? null : employer, o.now),
      );
      const salaryMin =
        rng.chance(0.15) || !anchor.salaryAnnualUsd
          ? null
          : Math.round((anchor.salaryAnnualUsd * rng.float(0.75, 1.15)) / 1000) * 1000;
      prefs.push(sampleSeekerPreferences(id, salaryMin));
      planned.push(
        ...planSeeker(rng, { id, skills: profile, salaryMin, effect: noise(rng, 0.3) }, pool, bySkill, o.now),
      );
    }
    await tx.insert(users).values(
      ids.map((id, i) => ({
        id,
        ...sampleSeekerUser(i, createdAt),
        professionalHeadline: profiles[i]?.headline ?? null,
      })),
    );
    for (let k = 0; k < profiles.length; k += BATCH / 10) {
      const slice = profiles.slice(k, k + BATCH / 10);
      const skillRows = slice.flatMap((p) => p.skills);
      if (skillRows.length > 0) await tx.insert(skills).values(skillRows).onConflictDoNothing();
      await tx.insert(experience).values(slice.map((p) => p.experience));
    }
    await tx.insert(preferences).values(prefs);
    await insertPlanned(tx, planned);
    return { seekers: n, applications: planned.length };
  });
}

async function seedDemoHistory(db: Database, pool: readonly PoolJob[], o: HistoriesOptions): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(applications).where(eq(applications.userId, o.demoSeekerId));
  if ((existing?.n ?? 0) > 0) return 0;
  const [ownSkills, [prefs]] = await Promise.all([
    db.select({ name: skills.name }).from(skills).where(eq(skills.userId, o.demoSeekerId)),
    db.select({ salaryMin: preferences.salaryMin }).from(preferences).where(eq(preferences.userId, o.demoSeekerId)),
  ]);
  const seeker: Seeker = {
    id: o.demoSeekerId,
    skills: new Set(ownSkills.map((s) => skillKey(s.name))),
    salaryMin: prefs?.salaryMin ?? null,
    effect: 0.2,
  };
  const rng = createRng(deriveSeed(o.seed, STREAM_DEMO, 0));
  const order = demoJobOrder(rng, pool, {
    skills: seeker.skills,
    occupation: DEMO_OCCUPATION_CODE,
    occupationOf: (job) => o.occupationOf(job.index),
    applications: DEMO_APPLICATIONS,
  });
  const planned: Planned[] = [];
  const used = new Set<string>();
  for (const job of order) {
    if (planned.length >= DEMO_APPLICATIONS) break;
    const plan = planApplication(rng, seeker, job, o.now); // null: posted too late to have applied
    if (!plan) continue;
    planned.push(plan);
    used.add(job.id);
  }
  const saved = order.filter((j) => j.open && !used.has(j.id)).slice(0, DEMO_BOOKMARKS);
  planned.push(...saved.map((job) => bookmark(rng, seeker.id, job, o.now)));
  await db.transaction((tx) => insertPlanned(tx, planned));
  return planned.length - saved.length;
}

export async function seedApplicationHistories(db: Database, o: HistoriesOptions): Promise<HistoriesResult> {
  const pool = await loadPool(db);
  if (pool.length === 0) return { demoApplications: 0, sampleSeekers: 0, sampleApplications: 0 };
  const demoApplications = await seedDemoHistory(db, pool, o);
  const population = await seedPopulation(db, pool, o, o.sampleSeekers ?? DEFAULT_SAMPLE_SEEKERS);
  return { demoApplications, sampleSeekers: population.seekers, sampleApplications: population.applications };
}
