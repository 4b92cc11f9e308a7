/**
 * The seeded postings that seeded applications go to, with their skills as taxonomy keys, and
 * the match-like score between a profile and a posting (the share of its skills the profile has).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { CompanySize, RemoteType } from '@/lib/validators/enums';
import { companies, jobs } from '@/server/db/schema';
import type { Database } from '@/server/db/types';
import { recruitsHere } from '../jobs/recruits-here';
import { canonicalizeSkill } from '../skills/taxonomy';
import { SEED_SOURCE, seedExternalId } from './jobs';

/** Seeded postings drawn from: enough variety, bounded memory on a 200k-job seed. */
const POOL_SIZE = 5000;

export interface PoolJob {
  id: string;
  /** n of its `seed-<n>` external id: the generator's index. */
  index: number;
  title: string;
  skills: ReadonlySet<string>;
  remoteType: RemoteType;
  salaryAnnualUsd: number | null;
  postedAt: Date;
  open: boolean;
  source: string;
  companySize: CompanySize | null;
  industry: string | null;
  companyName: string | null;
  /** Its company has active recruiters here (the demo recruiter's): they answer its applications. */
  recruitsHere: boolean;
  /** Display name of each skill key, as the job lists it. */
  skillNames: ReadonlyMap<string, string>;
}

const skillKeys = new Map<string, string>();
/** The taxonomy's key, so "Amazon Web Services" on a profile meets "Amazon Web Services AWS software" on a job. */
export function skillKey(name: string): string {
  let key = skillKeys.get(name);
  if (key === undefined) {
    key = canonicalizeSkill(name).key;
    skillKeys.set(name, key);
  }
  return key;
}

export function skillOverlap(profile: ReadonlySet<string>, job: ReadonlySet<string>): number {
  if (job.size === 0) return 0;
  let shared = 0;
  for (const s of job) if (profile.has(s)) shared++;
  return shared / job.size;
}

export async function loadPool(db: Database): Promise<PoolJob[]> {
  const wanted = Array.from({ length: POOL_SIZE }, (_, i) => seedExternalId(i));
  const rows = await db
    .select({
      id: jobs.id,
      externalId: jobs.externalId,
      title: jobs.title,
      requiredSkills: jobs.requiredSkills,
      remoteType: jobs.remoteType,
      salaryAnnualUsd: jobs.salaryAnnualUsd,
      postedAt: jobs.postedAt,
      status: jobs.status,
      source: jobs.source,
      companySize: companies.size,
      industry: companies.industry,
      companyName: companies.name,
      recruitsHere: recruitsHere(jobs.companyId),
    })
    .from(jobs)
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(and(eq(jobs.source, SEED_SOURCE), inArray(jobs.externalId, wanted)));
  const index = (externalId: string) => Number(externalId.slice('seed-'.length));
  return rows
    .sort((a, b) => index(a.externalId) - index(b.externalId))
    .map((r) => {
      const skillNames = new Map(r.requiredSkills.map((name) => [skillKey(name), name]));
      return { ...r, index: index(r.externalId), open: r.status === 'open', skills: new Set(skillNames.keys()), skillNames };
    });
}
