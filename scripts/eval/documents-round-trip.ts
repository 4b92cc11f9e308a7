/**
 * Round trip of document export (`npm run eval:documents`), the ATS-readability measurement: real
 * resumes (../shared/data/resumes, read at eval time, never copied into the repo) are de-duplicated
 * and parsed; each parsed profile becomes a ResumeContent; every template renders it in every
 * format; our own importer reads each file back; the facts read back (employers, titles, role
 * dates, degrees, institutions, skills) are compared with the facts rendered. Recall and precision
 * per format and template go to bench/results/documents-round-trip.json.
 *
 * The documents are built directly from the parsed profile (scripts/eval/documents/draft-to-content.ts)
 * and the output says so: the measurement is of export and import, so the content only has to hold
 * real facts in the generated-document shape. Flags: --limit N (default 60), --verbose.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/validators/documents';
import { exportDocument } from '@/server/services/documents/export';
import { listTemplates } from '@/server/services/documents/templates';
import { getSkillIndex } from '@/server/services/skills/taxonomy';
import {
  add,
  compare,
  contentFacts,
  draftFacts,
  emptyCounts,
  FIELDS,
  scores,
  type Counts,
  type Field,
} from './documents/facts';
import { READ_PATHS, readBack } from './documents/read-back';
import { sampleResumes } from './documents/sample-resumes';

const OUT = path.join(process.cwd(), 'bench', 'results', 'documents-round-trip.json');
const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 60;
const verbose = args.includes('--verbose');
const TARGET = { template: 'ats-friendly', formats: ['pdf', 'docx'] as ExportFormat[], recall: 0.95, precision: 0.98 };

interface Cell {
  total: Counts;
  fields: Record<Field, Counts>;
  failures: number;
  renderMs: number[];
  examples: { resume: string; field: Field; missed: string[]; extra: string[] }[];
}
const newCell = (): Cell => ({
  total: emptyCounts(),
  fields: Object.fromEntries(FIELDS.map((f) => [f, emptyCounts()])) as Record<Field, Counts>,
  failures: 0,
  renderMs: [],
  examples: [],
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main() {
  getSkillIndex();
  const { samples, unique, eligible } = await sampleResumes(limit);
  const templates = listTemplates();
  const cells = new Map<string, Cell>();
  const key = (t: string, f: ExportFormat) => `${t}/${f}`;
  for (const s of samples) {
    const truth = contentFacts(s.content);
    for (const template of templates) {
      for (const format of EXPORT_FORMATS) {
        const cell = cells.get(key(template.id, format)) ?? newCell();
        cells.set(key(template.id, format), cell);
        let read: ReturnType<typeof draftFacts>;
        try {
          const started = performance.now();
          const file = await exportDocument(s.content, template, format);
          cell.renderMs.push(performance.now() - started);
          read = draftFacts(await readBack(file.bytes, format, file.extension));
        } catch (err) {
          cell.failures += 1;
          if (verbose)
            console.log(`${s.id} ${template.id}/${format}: ${err instanceof Error ? err.message : String(err)}`);
          read = Object.fromEntries(FIELDS.map((f) => [f, []])) as unknown as ReturnType<typeof draftFacts>;
        }
        for (const field of FIELDS) {
          const c = compare(truth[field], read[field]);
          add(cell.fields[field], c);
          add(cell.total, c);
          if ((c.missed.length || c.extra.length) && cell.examples.length < 8)
            cell.examples.push({ resume: s.id, field, missed: c.missed.slice(0, 3), extra: c.extra.slice(0, 3) });
          if (verbose && (c.missed.length || c.extra.length))
            console.log(
              `${s.id} ${template.id}/${format} ${field}: missed ${JSON.stringify(c.missed)} extra ${JSON.stringify(c.extra)}`,
            );
        }
      }
    }
  }

  const results = templates.flatMap((t) =>
    EXPORT_FORMATS.map((format) => {
      const cell = cells.get(key(t.id, format)) ?? newCell();
      return {
        template: t.id,
        layout: t.layout,
        format,
        ...scores(cell.total),
        fields: Object.fromEntries(FIELDS.map((f) => [f, scores(cell.fields[f])])),
        failures: cell.failures,
        renderMsMedian: Math.round(median(cell.renderMs) * 10) / 10,
        examples: cell.examples,
      };
    }),
  );
  const targetRows = results.filter((r) => r.template === TARGET.template && TARGET.formats.includes(r.format));
  const met = targetRows.every((r) => r.recall >= TARGET.recall && r.precision >= TARGET.precision);
  const truthTotals = Object.fromEntries(
    FIELDS.map((f) => [f, samples.reduce((n, s) => n + contentFacts(s.content)[f].length, 0)]),
  );
  const report = {
    generatedAt: new Date().toISOString(),
    commit: execSync('git rev-parse --short HEAD').toString().trim(),
    command: 'npm run eval:documents',
    contentSource:
      'parsed profile: each resume parsed by parse-resume and put into the generated-document shape directly (scripts/eval/documents/draft-to-content.ts), not through the generator',
    dataset: {
      file: '../shared/data/resumes/UpdatedResumeDataSet.csv',
      uniqueResumes: unique,
      eligible,
      sampled: samples.length,
      categories: new Set(samples.map((s) => s.category)).size,
    },
    factsRendered: truthTotals,
    readPaths: READ_PATHS,
    target: { ...TARGET, met },
    results,
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);

  console.log(
    `${samples.length} resumes (${report.dataset.categories} categories) of ${unique} unique; facts rendered: ${JSON.stringify(truthTotals)}`,
  );
  console.log('template      format  recall  precision  failures');
  for (const r of results)
    console.log(
      `${r.template.padEnd(13)} ${r.format.padEnd(6)}  ${r.recall.toFixed(3)}   ${r.precision.toFixed(3)}      ${r.failures}`,
    );
  console.log(
    `target (ats-friendly pdf/docx recall >= ${TARGET.recall}, precision >= ${TARGET.precision}): ${met ? 'met' : 'NOT met'}`,
  );
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
}

main()
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
