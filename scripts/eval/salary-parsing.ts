/**
 * Salary-parsing accuracy (`npm run eval:salary`): every distinct "Salary Estimate" string of the
 * Glassdoor data-science set (../shared/data/jobs/glassdoor-ds/glassdoor_jobs.csv) parsed by
 * parseSalary and compared with tests/fixtures/salary-labels.json (written from the strings'
 * patterns, a sample of 50 checked by hand). A string is right when min, max, currency and period
 * all equal the label, or when both say unknown (null). Writes bench/results/salary-parsing.json.
 *
 * Flags: --csv path (the Glassdoor file), --labels path.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { parseSalary } from '@/server/services/ingestion/normalize/parse-salary';

const ROOT = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    csv: { type: 'string', default: path.resolve(ROOT, '../shared/data/jobs/glassdoor-ds/glassdoor_jobs.csv') },
    labels: { type: 'string', default: path.join(ROOT, 'tests/fixtures/salary-labels.json') },
  },
});

const label = z
  .object({ min: z.number().nullable(), max: z.number().nullable(), currency: z.string(), period: z.string() })
  .nullable();
const labelsFile = z.object({ labels: z.record(z.string(), label), handChecked: z.array(z.string()) });
type Label = z.infer<typeof label>;

const rows = parse(readFileSync(values.csv, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
const strings = [...new Set(rows.map((r) => r['Salary Estimate'] ?? ''))].sort();
const { labels, handChecked } = labelsFile.parse(JSON.parse(readFileSync(values.labels, 'utf8')));

const unlabelled = strings.filter((s) => !(s in labels));
if (unlabelled.length)
  throw new Error(`No label for ${unlabelled.length} strings, e.g. ${JSON.stringify(unlabelled[0])}`);

const same = (got: Label, want: Label) =>
  got === null || want === null
    ? got === want
    : got.min === want.min && got.max === want.max && got.currency === want.currency && got.period === want.period;

const started = performance.now();
const mistakes: { text: string; expected: Label; got: Label }[] = [];
for (const text of strings) {
  const parsed = parseSalary(text);
  const got: Label = parsed && { min: parsed.min, max: parsed.max, currency: parsed.currency, period: parsed.period };
  const expected = labels[text] ?? null;
  if (!same(got, expected)) mistakes.push({ text, expected, got });
}
const ms = performance.now() - started;

const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
  } catch {
    return null;
  }
})();
const result = {
  what: 'parseSalary on every distinct Glassdoor "Salary Estimate" string against hand-made labels',
  commit,
  measuredAt: new Date().toISOString(),
  strings: strings.length,
  unknownInLabels: Object.values(labels).filter((l) => l === null).length,
  handChecked: handChecked.length,
  correct: strings.length - mistakes.length,
  accuracy: Number(((strings.length - mistakes.length) / strings.length).toFixed(4)),
  target: 0.98,
  msTotal: Number(ms.toFixed(1)),
  mistakes,
};
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench/results/salary-parsing.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `salary parsing: ${result.correct}/${result.strings} correct (accuracy ${result.accuracy}, target ${result.target}); ${mistakes.length} mistakes`,
);
for (const m of mistakes.slice(0, 10)) console.log('  ', JSON.stringify(m));
if (result.accuracy < result.target) process.exitCode = 1;
