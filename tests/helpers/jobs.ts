import { companies, jobs } from '@/server/db/schema';
import type { Database } from '@/server/db';

type NewJob = typeof jobs.$inferInsert;

let n = 0;
const DAY = 86_400_000;

/** Inserts a job with sensible defaults; `daysAgo` sets posted_at relative to now. */
export async function insertJob(db: Database, overrides: Partial<NewJob> & { daysAgo?: number } = {}) {
  n += 1;
  const { daysAgo = 1, ...rest } = overrides;
  const [row] = await db
    .insert(jobs)
    .values({
      title: `Job ${n}`,
      companyName: 'Acme',
      description: 'Build things.',
      location: 'Austin, TX',
      remoteType: 'onsite',
      jobType: 'full-time',
      externalId: `test-${n}-${Math.random().toString(36).slice(2)}`,
      source: 'test',
      postedAt: new Date(Date.now() - daysAgo * DAY),
      ...rest,
    })
    .returning();
  if (!row) throw new Error('job insert returned nothing');
  return row;
}

export async function insertCompany(db: Database, name: string) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const [row] = await db.insert(companies).values({ name, slug, industry: 'Software', size: '51-200' }).returning();
  if (!row) throw new Error('company insert returned nothing');
  return row;
}
