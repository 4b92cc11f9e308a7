/**
 * `npm run bench:documents` -> bench/results/documents.json (BENCHMARKS.md format), on a fresh
 * database of the real PostgreSQL server (TEST_POSTGRES_URL's server; dropped afterwards).
 *
 * The path a seeker triggers, with no language model configured (the offline writer):
 * 1. seekers: real resumes (../shared/data/resumes, one per category first) imported as new users
 *    through the procedures the import page uses (signUp -> readResume -> the form's default
 *    draft -> commitResumeImport), workflows drained;
 * 2. jobs: real postings (../shared/data/jobs) through the ingestion path (JSON-LD -> normalize ->
 *    store), so requirements come from what boards really publish;
 * 3. generation, one at a time, over 200 profile x job pairs (resumes and cover letters alternate,
 *    the four templates in turn): `documents.generate` -> the `documents/generate` workflow drained
 *    -> `documents.progress` says done. Timed from the call to the stored version: requirements,
 *    fact selection, writing, truthfulness check, layout, quality, storage, notification;
 * 4. export of each generated version in every format the download route serves, timed the way the
 *    route does it (load the version for its owner, render, record the export);
 * 5. concurrency: 20 generations requested at once by 20 seekers, then drained: all must finish
 *    with a stored version and none may fail.
 * Flags: --pairs N (default 200), --seekers N (default 40), --jobs N (default 50),
 * --cpu-profile FILE (a V8 CPU profile of the sequential generations only).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type DocumentContent, type ExportFormat } from '@/lib/validators/documents';
import { exportDocument } from '@/server/services/documents/export';
import { loadDocumentForExport, recordDocumentExport } from '@/server/services/documents/load-document-for-export';
import { listTemplates } from '@/server/services/documents/templates';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { withBenchDatabase } from './bench-database';
import { profileCpu } from './cpu-profile';
import {
  finishedVersion,
  importSeekers,
  requestGeneration,
  sampleSeekerResumes,
  storeRealPostings,
} from './documents-setup';
import { resultHeader } from './result-header';
import { percentile, round } from './stats';

const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '200' },
    seekers: { type: 'string', default: '40' },
    jobs: { type: 'string', default: '50' },
    'cpu-profile': { type: 'string' },
  },
});
const PAIRS = Number(values.pairs);
const SEEKERS = Number(values.seekers);
const JOBS = Number(values.jobs);
const CONCURRENT = 20;
const OUT = path.join(process.cwd(), 'bench', 'results', 'documents.json');
const TARGETS = { generation_p95_ms: 300, export_pdf_p95_ms: 500, export_docx_p95_ms: 200 };

/**
 * What was generated, as one hash: the same resumes, postings and pairs give the same digest in
 * every run, so a change made for speed can show it writes the same documents. Row ids are random
 * per run (each is replaced by its order of appearance) and a letter carries today's date.
 */
function contentDigest(contents: DocumentContent[]): string {
  const hash = createHash('sha256');
  for (const content of contents) {
    const ids = new Map<string, string>();
    const stable = JSON.stringify(content.kind === 'cover_letter' ? { ...content, date: '' } : content).replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
      (id) => ids.get(id) ?? (ids.set(id, `#${ids.size}`), `#${ids.size - 1}`),
    );
    hash.update(stable).update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}

const summarize = (ms: number[]) => ({
  p50: round(percentile(ms, 50)),
  p95: round(percentile(ms, 95)),
  p99: round(percentile(ms, 99)),
  max: round(Math.max(...ms)),
});

const loadAtStart = os.loadavg()[0] ?? 0;
await withBenchDatabase('documents', { max: 10 }, async ({ db, postgresVersion: version }) => {
  // Jobs through the ingestion path, seekers through the import path.
  const jobIds = await storeRealPostings(db, JOBS, 'jsonld:bench-documents');
  console.log(`${jobIds.length} real postings stored`);
  const { seekers, skippedEmpty } = await importSeekers(db, sampleSeekerResumes(SEEKERS), 'bench.documents');
  console.log(`${seekers.length} seekers imported (${skippedEmpty} with nothing to write about skipped)`);

  const templates = listTemplates();
  const generate = async (i: number) => {
    const seeker = seekers[i % seekers.length];
    const jobId = jobIds[(i * 7) % jobIds.length];
    const template = templates[i % templates.length];
    if (!seeker || !jobId || !template) throw new Error('no seeker, job or template');
    const kind = i % 2 === 0 ? ('resume' as const) : ('cover_letter' as const);
    return requestGeneration(seeker, { jobId, kind, templateId: template.id });
  };
  const finish = finishedVersion;

  // Warm-up: the skill index, templates and the JIT, outside the timings.
  for (let i = 0; i < 6; i++) {
    const g = await generate(i);
    await drainWorkflows();
    await finish(g.seeker, g.requestId);
  }

  const generationMs: number[] = [];
  const byKind: Record<string, number[]> = { resume: [], cover_letter: [] };
  const versions: { userId: string; versionId: string }[] = [];
  const loadBeforeGeneration = os.loadavg()[0] ?? 0;
  await profileCpu(values['cpu-profile'], async () => {
    for (let i = 0; i < PAIRS; i++) {
      const started = performance.now();
      const g = await generate(i);
      await drainWorkflows();
      const versionId = await finish(g.seeker, g.requestId);
      const ms = performance.now() - started;
      generationMs.push(ms);
      byKind[g.kind]?.push(ms);
      versions.push({ userId: g.seeker.userId, versionId });
    }
  });
  const loadAfterGeneration = os.loadavg()[0] ?? 0;
  console.log(`generation p95 ${round(percentile(generationMs, 95))} ms over ${generationMs.length} pairs`);

  const exportMs = new Map<ExportFormat, number[]>(EXPORT_FORMATS.map((f) => [f, []]));
  const generated: DocumentContent[] = [];
  for (const format of EXPORT_FORMATS) {
    for (const v of versions) {
      const started = performance.now();
      const doc = await loadDocumentForExport(db, v.userId, v.versionId);
      if (!doc) throw new Error(`version ${v.versionId} not found for its owner`);
      if (format === EXPORT_FORMATS[0]) generated.push(doc.content);
      const file = await exportDocument(doc.content, doc.template, format);
      await recordDocumentExport(db, v.versionId, {
        format,
        generatedAt: new Date().toISOString(),
        fileSize: file.bytes.byteLength,
      });
      exportMs.get(format)?.push(performance.now() - started);
    }
  }

  // 20 at once, each from its own seeker.
  const concurrentStarted = performance.now();
  const requested = await Promise.allSettled(Array.from({ length: CONCURRENT }, (_, k) => generate(k * 2 + 1000)));
  await drainWorkflows();
  const finished = await Promise.allSettled(
    requested.map((r) =>
      r.status === 'fulfilled'
        ? finish(r.value.seeker, r.value.requestId)
        : Promise.reject(r.reason instanceof Error ? r.reason : new Error(String(r.reason))),
    ),
  );
  const concurrentMs = performance.now() - concurrentStarted;
  const concurrentFailed = finished.filter((r) => r.status === 'rejected');
  for (const f of concurrentFailed) console.error('concurrent generation failed:', f.reason);

  const gen = summarize(generationMs);
  const metrics: Record<string, number> = {
    generation_p50_ms: gen.p50,
    generation_p95_ms: gen.p95,
    generation_p99_ms: gen.p99,
    generation_max_ms: gen.max,
    generation_resume_p95_ms: round(percentile(byKind.resume ?? [], 95)),
    generation_cover_letter_p95_ms: round(percentile(byKind.cover_letter ?? [], 95)),
  };
  for (const [format, ms] of exportMs) {
    const s = summarize(ms);
    metrics[`export_${format}_p50_ms`] = s.p50;
    metrics[`export_${format}_p95_ms`] = s.p95;
    metrics[`export_${format}_p99_ms`] = s.p99;
  }
  metrics.concurrent_generations = CONCURRENT;
  metrics.concurrent_failed = concurrentFailed.length;
  metrics.concurrent_wall_ms = round(concurrentMs);

  const targets = [
    ...Object.entries(TARGETS).map(([metric, value]) => ({
      metric,
      op: '<=',
      value,
      measured: metrics[metric],
      met: (metrics[metric] ?? Infinity) <= value,
    })),
    {
      metric: 'concurrent_failed',
      op: '<=',
      value: 0,
      measured: concurrentFailed.length,
      met: concurrentFailed.length === 0,
    },
  ];
  const report = {
    ...resultHeader('documents', version, {
      load_avg_1m_start: round(loadAtStart),
      load_avg_1m_generation_start: round(loadBeforeGeneration),
      load_avg_1m_generation_end: round(loadAfterGeneration),
      load_avg_1m_end: round(os.loadavg()[0] ?? 0),
    }),
    dataset: {
      pairs: generationMs.length,
      seekers: seekers.length,
      seekers_skipped_empty: skippedEmpty,
      categories: new Set(seekers.map((s) => s.category)).size,
      jobs: jobIds.length,
      writer: 'offline (no OPENAI_API_KEY)',
      content_digest: contentDigest(generated),
    },
    metrics,
    targets,
    missed: targets.filter((t) => !t.met).map((t) => t.metric),
    note: 'Generation is timed from documents.generate to documents.progress = done with the workflow drained in process; exports are timed as the download route does them (load for the owner, render, record).',
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify({ metrics, missed: report.missed }, null, 2));
});
