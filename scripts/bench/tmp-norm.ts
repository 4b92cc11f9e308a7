import { parseJobPostingJsonLd } from '@/server/services/ingestion/connectors';
import { normalizePosting } from '@/server/services/ingestion/normalize';
import { buildFeed, loadRealPostings } from './etl-data';
const real = loadRealPostings();
const file = JSON.stringify(buildFeed(real, 10000));
const raws = parseJobPostingJsonLd(file, { source: 'x' }).postings;
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  for (const raw of raws) normalizePosting(raw, { fetchedAt: new Date('2026-12-01') });
  console.log(`normalize ${((performance.now() - t0) / raws.length * 1000).toFixed(0)} us/posting`);
}
import { extractSkills } from '@/server/services/skills/taxonomy';
const normalized = raws.map((raw) => normalizePosting(raw, { fetchedAt: new Date('2026-12-01') })) as { title: string; description: string }[];
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  for (const n of normalized) extractSkills(`${n.title}\n${n.description}`);
  console.log(`skills ${((performance.now() - t0) / normalized.length * 1000).toFixed(0)} us/posting; chars ${(normalized.reduce((a, n) => a + n.description.length, 0) / normalized.length).toFixed(0)}`);
}
