/** Deterministic job postings built from real O*NET occupations. */
import type { JobStatus, JobType, RemoteType } from '@/lib/validators/enums';
import { buildDescription, firstSentence } from './description';
import { industriesForOccupation } from './industries';
import { pickPlace, type JobContext } from './job-context';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import { arrangementWeights } from './occupations';
import { postingSkillNames } from './posting-skills';
import { createRng, deriveSeed, type Rng } from './random';
import { generateSalary, type SeedSalary } from './salary';
import { LEVEL_PAY, applySeniority, baseTitle, hasRank, pickLevel, requiredYearsFor } from './titles';

export { createJobContext, type JobContext } from './job-context';

export const SEED_SOURCE = 'seed';
export const seedExternalId = (index: number) => `seed-${index}`;
const DAY_MS = 86_400_000;
/** Postings are spread over this many days before `now`. */
export const POSTED_WINDOW_DAYS = 120;

export interface SeedJob extends SeedSalary {
  externalId: string;
  /** Index into the generated company list; run-seed.ts maps it to the company row id. */
  companyIndex: number;
  companyName: string;
  /** The O*NET-SOC code the posting was built from (not stored; for tests and debugging). */
  occupationCode: string;
  title: string;
  description: string;
  location: string;
  remoteType: RemoteType;
  jobType: JobType;
  requiredSkills: string[];
  requiredYears: number;
  postedAt: Date;
  status: JobStatus;
  applyUrl: string;
}

function pickJobType(rng: Rng, jobZone: number): JobType {
  return rng.weighted({
    'full-time': 80,
    contract: 8,
    'part-time': 7,
    temporary: 2.5,
    internship: jobZone >= 3 ? 2.5 : 0,
  });
}

/** Each seed job's generator stream: the job depends only on the seed and its index. */
const jobRng = (seed: number, index: number) => createRng(deriveSeed(seed, 2, index));

/**
 * The O*NET code seed job `index` is written for, without building the job: the first draw of
 * its stream, as in generateJob (jobs.test.ts holds the two equal).
 */
export function seedJobOccupationCode(pickOccupation: JobContext['pickOccupation'], seed: number, index: number): string {
  return pickOccupation(jobRng(seed, index)).code;
}

export function generateJob(ctx: JobContext, index: number): SeedJob {
  const rng = jobRng(ctx.seed, index);
  const occupation = ctx.pickOccupation(rng);
  const companyIndex = ctx.pickCompany(rng, rng.pick(industriesForOccupation(occupation.code)));
  const company = ctx.companies[companyIndex];
  if (!company) throw new Error(`No company at index ${companyIndex}`);
  const zone = occupation.jobZone;

  let jobType = pickJobType(rng, zone);
  const base = baseTitle(rng, occupation);
  if (jobType === 'internship' && hasRank(base)) jobType = 'full-time';
  const level = pickLevel(rng, zone, jobType);
  const requiredYears = requiredYearsFor(rng, zone, level, jobType);
  const title = applySeniority(rng, base, level, jobType, zone).slice(0, 200);

  const remoteType = rng.weighted(arrangementWeights(occupation.code));
  const { location, city } = pickPlace(rng, remoteType, company);
  const salary = generateSalary(rng, {
    jobZone: zone,
    levelFactor: jobType === 'internship' ? 0.5 : LEVEL_PAY[level],
    payFactor: city?.payFactor ?? 1,
    currency: city?.currency ?? 'USD',
    jobType,
  });

  // The occupation's distinctive tools first: what its postings ask for beyond the office suite.
  const ranked = postingSkillNames(rng, occupation.technologySkills, ctx.skillSpread);
  const picked = ranked.slice(0, rng.int(3, 8));
  // Stored as the taxonomy names them ("Jira", not O*NET's "Atlassian JIRA"), as the recruiter
  // form and imports store skills; the description's tools line keeps O*NET's wording.
  const requiredSkills = [...new Set(picked.map(canonicalSeedSkill))];
  const tools = ranked.slice(0, picked.length + rng.int(0, 3));
  const core = occupation.tasks.filter((t) => t.type === 'core');
  const other = occupation.tasks.filter((t) => t.type !== 'core');
  const tasks = [...rng.shuffle(core), ...rng.shuffle(other)].slice(0, rng.int(5, 8)).map((t) => t.text);

  const description = buildDescription(rng, {
    title,
    companyName: company.name,
    location,
    remoteType,
    jobType,
    requiredYears,
    summary: firstSentence(occupation.description),
    tasks,
    tools,
  });
  // Skewed toward recent days, as on a live board where older postings get filled.
  const ageMs = Math.floor(POSTED_WINDOW_DAYS * DAY_MS * rng.next() ** 1.5);
  return {
    ...salary,
    externalId: seedExternalId(index),
    companyIndex,
    companyName: company.name,
    occupationCode: occupation.code,
    title,
    description,
    location,
    remoteType,
    jobType,
    requiredSkills,
    requiredYears,
    postedAt: new Date(ctx.now.getTime() - ageMs),
    status: rng.chance(0.05) ? 'closed' : 'open',
    applyUrl: `${company.website}/careers/${seedExternalId(index)}`,
  };
}

export function generateJobs(ctx: JobContext, start: number, count: number): SeedJob[] {
  return Array.from({ length: count }, (_, i) => generateJob(ctx, start + i));
}

/** O*NET's few thousand technology names recur across 200,000 jobs: each is looked up once. */
const canonicalNames = new Map<string, string>();
function canonicalSeedSkill(name: string): string {
  let canonical = canonicalNames.get(name);
  if (canonical === undefined) {
    canonical = canonicalizeSkill(name).name;
    canonicalNames.set(name, canonical);
  }
  return canonical;
}
