/**
 * Round trip of generated documents (`npm run eval:documents`), the ATS-readability measurement.
 * Every template renders each document in every format; our own importer reads each file back; the
 * facts read back (employers, titles, role dates, degrees, institutions, skills) are compared with
 * the facts of the document. Recall and precision per format and template ->
 * bench/results/documents-round-trip.json, one section per source of documents:
 *
 * - `generated` (the default): resumes the product generated. In a throw-away database real
 *   postings are ingested, real resumes (../shared/data/resumes, read at run time, never copied
 *   into the repo) imported as new users through the procedures, and each seeker has a tailored
 *   resume generated for a real posting through `documents.generate`
 *   (scripts/eval/documents/generated-resumes.ts);
 * - `parsed`: each parsed resume put into the document shape directly, without the generator
 *   (scripts/eval/documents/draft-to-content.ts): export and import alone, on fuller content than
 *   a one-page tailored resume keeps.
 *
 * A run rewrites the sections it measured and keeps the other as it was (with its own commit).
 * Flags: --source generated|parsed|all (default generated), --limit N documents (default 60),
 * --jobs N postings (default 50), --verbose (every miss and extra).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { ExportFormat } from '@/lib/validators/documents';
import { getSkillIndex } from '@/server/services/skills/taxonomy';
import { gitCommit } from '../bench/result-file';
import { contentFacts, FIELDS } from './documents/facts';
import { generatedResumes } from './documents/generated-resumes';
import { measureRoundTrip } from './documents/measure-round-trip';
import { READ_PATHS } from './documents/read-back';
import { DATASET, sampleResumes, type ResumeSample } from './documents/sample-resumes';

const OUT = path.join(process.cwd(), 'bench', 'results', 'documents-round-trip.json');
const { values } = parseArgs({
  options: {
    source: { type: 'string', default: 'generated' },
    limit: { type: 'string', default: '60' },
    jobs: { type: 'string', default: '50' },
    verbose: { type: 'boolean', default: false },
  },
});
const SOURCES = values.source === 'all' ? ['generated', 'parsed'] : [values.source];
if (!SOURCES.every((s) => s === 'generated' || s === 'parsed')) throw new Error(`unknown --source ${values.source}`);
const LIMIT = Number(values.limit);
const TARGET = { template: 'ats-friendly', formats: ['pdf', 'docx'] as ExportFormat[], recall: 0.95, precision: 0.98 };

const factTotals = (samples: ResumeSample[]) =>
  Object.fromEntries(FIELDS.map((f) => [f, samples.reduce((n, s) => n + contentFacts(s.content)[f].length, 0)]));

async function documentsOf(source: string): Promise<{ samples: ResumeSample[]; description: string; dataset: object }> {
  if (source === 'generated') {
    const g = await generatedResumes(LIMIT, Number(values.jobs));
    return {
      samples: g.samples,
      description:
        'generated: real resumes imported as new users through the procedures, a tailored resume generated for a real posting by documents.generate (offline writer, no OPENAI_API_KEY), the stored version exported',
      dataset: {
        resumes: '../shared/data/resumes/UpdatedResumeDataSet.csv',
        postings: '../shared/data/jobs (through the ingestion path)',
        jobs: g.jobs,
        seekersSkippedEmpty: g.seekersSkippedEmpty,
        generated: g.samples.length,
        generationFailures: g.generationFailures,
        categories: new Set(g.samples.map((s) => s.category)).size,
      },
    };
  }
  const p = await sampleResumes(LIMIT);
  return {
    samples: p.samples,
    description:
      'parsed: each resume parsed by parse-resume and put into the generated-document shape directly (scripts/eval/documents/draft-to-content.ts), not through the generator',
    dataset: {
      file: `../shared/data/resumes/${path.basename(DATASET)}`,
      uniqueResumes: p.unique,
      eligible: p.eligible,
      sampled: p.samples.length,
      categories: new Set(p.samples.map((s) => s.category)).size,
    },
  };
}

async function main() {
  getSkillIndex();
  const previous = existsSync(OUT)
    ? (JSON.parse(readFileSync(OUT, 'utf8')) as { sources?: Record<string, unknown>; results?: unknown })
    : {};
  // A file from before the sections held only the parsed measurement, as a whole.
  const sections: Record<string, unknown> = previous.sources ?? (previous.results ? { parsed: previous } : {});
  for (const source of SOURCES) {
    const started = performance.now();
    const loadStart = os.loadavg()[0] ?? 0;
    const { samples, description, dataset } = await documentsOf(source);
    const results = await measureRoundTrip(samples, values.verbose);
    const targetRows = results.filter((r) => r.template === TARGET.template && TARGET.formats.includes(r.format));
    const met = targetRows.every((r) => r.recall >= TARGET.recall && r.precision >= TARGET.precision);
    const wallSeconds = Math.round((performance.now() - started) / 1000);
    sections[source] = {
      measuredAt: new Date().toISOString(),
      commit: gitCommit(),
      command: `npm run eval:documents -- --source ${source} --limit ${LIMIT}`,
      contentSource: description,
      wallSeconds,
      loadAvg1m: { start: Math.round(loadStart * 10) / 10, end: Math.round((os.loadavg()[0] ?? 0) * 10) / 10 },
      dataset,
      factsRendered: factTotals(samples),
      timeouts: results.reduce((n, r) => n + r.timeouts, 0),
      target: { ...TARGET, met },
      results,
    };
    console.log(`\n${source}: ${samples.length} documents, ${wallSeconds} s; facts: ${JSON.stringify(factTotals(samples))}`);
    console.log('template      format  recall  precision  failures  timeouts');
    for (const r of results)
      console.log(
        `${r.template.padEnd(13)} ${r.format.padEnd(6)}  ${r.recall.toFixed(3)}   ${r.precision.toFixed(3)}      ${r.failures}         ${r.timeouts}`,
      );
    console.log(
      `target (ats-friendly pdf/docx recall >= ${TARGET.recall}, precision >= ${TARGET.precision}): ${met ? 'met' : 'NOT met'}`,
    );
  }
  const report = {
    command: 'npm run eval:documents',
    readPaths: READ_PATHS,
    note: 'sources.generated is the measurement of generated documents (the default run); sources.parsed measures export and import alone on parsed resumes put into the document shape.',
    sources: sections,
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
}

main()
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
