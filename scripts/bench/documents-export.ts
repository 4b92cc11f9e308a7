/**
 * Export timings (`npm run bench:documents-export`): every format rendered for 200 documents built
 * from real resumes (the round trip's sample, scripts/eval/documents/sample-resumes.ts, cycled
 * across the four built-in templates), one at a time, after a warm-up. p50/p95 per format go to
 * bench/results/documents-export.json. Targets from the issue: PDF p95 <= 500 ms, DOCX p95 <= 200 ms.
 * Flags: --documents N (default 200).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/validators/documents';
import { exportDocument } from '@/server/services/documents/export';
import { listTemplates } from '@/server/services/documents/templates';
import { sampleResumes } from '../eval/documents/sample-resumes';
import { percentile, round } from './stats';

const OUT = path.join(process.cwd(), 'bench', 'results', 'documents-export.json');
const args = process.argv.slice(2);
const count = args.includes('--documents') ? Number(args[args.indexOf('--documents') + 1]) : 200;
const TARGETS: Partial<Record<ExportFormat, number>> = { pdf: 500, docx: 200 };

async function main() {
  const { samples } = await sampleResumes(Number.POSITIVE_INFINITY);
  const templates = listTemplates();
  const jobs = Array.from({ length: count }, (_, i) => ({
    content: samples[i % samples.length]?.content,
    template: templates[i % templates.length],
  }));
  // Warm-up: fonts, the zip writer and the JIT, outside the timings.
  for (const f of EXPORT_FORMATS)
    for (const j of jobs.slice(0, 5)) if (j.content && j.template) await exportDocument(j.content, j.template, f);

  const results = [];
  for (const format of EXPORT_FORMATS) {
    const ms: number[] = [];
    let bytes = 0;
    for (const { content, template } of jobs) {
      if (!content || !template) continue;
      const started = performance.now();
      const file = await exportDocument(content, template, format);
      ms.push(performance.now() - started);
      bytes += file.bytes.byteLength;
    }
    const p95 = percentile(ms, 95);
    results.push({
      format,
      documents: ms.length,
      p50Ms: round(percentile(ms, 50)),
      p95Ms: round(p95),
      maxMs: round(Math.max(...ms)),
      meanKb: round(bytes / ms.length / 1024, 1),
      targetP95Ms: TARGETS[format] ?? null,
      met: TARGETS[format] === undefined ? null : p95 <= (TARGETS[format] ?? 0),
    });
  }
  const report = {
    generatedAt: new Date().toISOString(),
    commit: execSync('git rev-parse --short HEAD').toString().trim(),
    command: 'npm run bench:documents-export',
    machine: { cpus: os.cpus().length, node: process.version },
    documents: count,
    distinctResumes: samples.length,
    templates: templates.map((t) => t.id),
    results,
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`${count} documents from ${samples.length} resumes x ${templates.length} templates`);
  for (const r of results)
    console.log(
      `${r.format.padEnd(5)} p50 ${String(r.p50Ms).padStart(7)} ms  p95 ${String(r.p95Ms).padStart(7)} ms  ${r.met === null ? '' : r.met ? 'target met' : 'TARGET MISSED'}`,
    );
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
}

main()
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
