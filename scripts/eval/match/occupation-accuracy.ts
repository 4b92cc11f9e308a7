/**
 * Occupation accuracy through the import path, without the job pool: every resume (as is, and with
 * its title words removed) goes sign-up -> readResume -> the form's default draft -> commit ->
 * workflows drained, and the stored profile is read back as matching reads it. Writes the profiles
 * to a JSON file (`--out`, for tuning the inference offline) and prints top-1 / top-3 accuracy of
 * the stored occupations on the dev and holdout halves, per category, with the misses.
 *
 *   npx tsx scripts/eval/match/occupation-accuracy.ts [--quick] [--out file.json]
 */
import { writeFileSync } from 'node:fs';
import { connectPglite } from '@/server/db/connect';
import { runMigrations } from '@/server/db/migrate';
import { loadProfileForMatching } from '@/server/services/matching/load-match-inputs';
import type { ProfileForMatching } from '@/server/services/matching/types';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { importAsNewUser } from './import-user';
import { loadResumeQueries, withoutTitleWords, type ResumeQuery } from './resumes';

export interface ImportedProfile {
  id: string;
  category: string;
  codes: readonly string[];
  split: 'dev' | 'holdout';
  setting: 'title' | 'notitle';
  profile: ProfileForMatching;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};

/** Share of profiles whose first k occupations include one of the category's. */
export function accuracy(
  rows: readonly { codes: readonly string[]; occupations: readonly string[] }[],
  k: number,
): number {
  const hits = rows.filter((r) => r.occupations.slice(0, k).some((c) => r.codes.includes(c))).length;
  return Math.round((hits / Math.max(1, rows.length)) * 1000) / 1000;
}

async function main() {
  const quick = process.argv.includes('--quick');
  const out = arg('--out');
  const queries = loadResumeQueries().filter((_, i) => !quick || i % 4 === 0);
  const handle = await connectPglite('memory://');
  const imported: ImportedProfile[] = [];
  try {
    await runMigrations(handle);
    let n = 0;
    const settings: ['title' | 'notitle', ResumeQuery[]][] = [
      ['title', queries],
      ['notitle', queries.map(withoutTitleWords)],
    ];
    for (const [setting, qs] of settings) {
      for (const q of qs) {
        const user = await importAsNewUser(handle.db, `occ-${n++}-${q.id}@example.com`, 'Seeker', q.text);
        await drainWorkflows();
        const profile = await loadProfileForMatching(handle.db, user.userId);
        imported.push({ id: q.id, category: q.category, codes: q.codes, split: q.split, setting, profile });
      }
      console.error(`[occupation-accuracy] ${setting}: ${qs.length} imported`);
    }
  } finally {
    await handle.close();
  }
  if (out) writeFileSync(out, JSON.stringify(imported));
  for (const setting of ['title', 'notitle'] as const) {
    const rows = imported
      .filter((r) => r.setting === setting)
      .map((r) => ({ ...r, occupations: r.profile.occupations.map((o) => o.code) }));
    const line = (name: string, rs: typeof rows) =>
      `${name}: top-1 ${accuracy(rs, 1)}, top-3 ${accuracy(rs, 3)} (${rs.length})`;
    console.log(
      `${setting} — ${line('all', rows)}; ${line(
        'dev',
        rows.filter((r) => r.split === 'dev'),
      )}; ${line(
        'holdout',
        rows.filter((r) => r.split === 'holdout'),
      )}`,
    );
  }
}

await main();
