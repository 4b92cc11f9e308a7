/** Inserts generated companies idempotently and returns their row ids in list order. */
import { inArray } from 'drizzle-orm';
import { companies } from '@/server/db/schema';
import type { Database } from '@/server/db/types';
import type { SeedCompany } from './companies';

export async function insertCompanies(
  db: Database,
  list: readonly SeedCompany[],
  batchSize: number,
): Promise<{ inserted: number; ids: string[] }> {
  let inserted = 0;
  const ids: string[] = [];
  for (let i = 0; i < list.length; i += batchSize) {
    const batch = list.slice(i, i + batchSize);
    const rows = await db
      .insert(companies)
      .values(batch)
      .onConflictDoNothing({ target: companies.slug })
      .returning({ id: companies.id });
    inserted += rows.length;
    // Rows from an earlier run were skipped above: look every id up by slug.
    const slugs = batch.map((c) => c.slug);
    const found = await db
      .select({ id: companies.id, slug: companies.slug })
      .from(companies)
      .where(inArray(companies.slug, slugs));
    const bySlug = new Map(found.map((r) => [r.slug, r.id]));
    for (const slug of slugs) {
      const id = bySlug.get(slug);
      if (!id) throw new Error(`Company ${slug} is missing after insert.`);
      ids.push(id);
    }
  }
  return { inserted, ids };
}
