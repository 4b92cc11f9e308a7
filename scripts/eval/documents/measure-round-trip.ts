/**
 * Every template x every format of each sample: exported, read back by our importer, and the facts
 * read back compared with the facts of the content. Recall and precision per cell and field.
 *
 * Reading a PDF or DOCX back runs in the importer's worker under its wall-clock cap; on a loaded
 * machine a read can hit that cap (or find the worker queue full) with nothing wrong with the file.
 * Such a read is retried once; if it times out again the document is counted as a timeout of that
 * cell and left out of its scores, not as a document whose facts were all lost.
 */
import { performance } from 'node:perf_hooks';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/validators/documents';
import { exportDocument } from '@/server/services/documents/export';
import { listTemplates } from '@/server/services/documents/templates';
import { isResumeError } from '@/server/services/resume/resume-errors';
import { add, compare, contentFacts, draftFacts, emptyCounts, FIELDS, scores, type Counts, type Field } from './facts';
import { readBack } from './read-back';
import type { ResumeSample } from './sample-resumes';

interface Cell {
  total: Counts;
  fields: Record<Field, Counts>;
  failures: number;
  timeouts: number;
  retried: number;
  renderMs: number[];
  examples: { resume: string; field: Field; missed: string[]; extra: string[] }[];
}
const newCell = (): Cell => ({
  total: emptyCounts(),
  fields: Object.fromEntries(FIELDS.map((f) => [f, emptyCounts()])) as Record<Field, Counts>,
  failures: 0,
  timeouts: 0,
  retried: 0,
  renderMs: [],
  examples: [],
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The worker's time cap, or a full worker queue: the machine was busy, the file may be fine. */
export const isReadTimeout = (err: unknown) =>
  (isResumeError(err, 'too_complex') && err.details?.stop === 'time') || isResumeError(err, 'busy');

/** One read, retried once after a timeout; 'timeout' when the retry timed out too. */
export async function readBackWithRetry<T>(read: () => Promise<T>): Promise<{ value: T; retried: boolean } | 'timeout'> {
  try {
    return { value: await read(), retried: false };
  } catch (err) {
    if (!isReadTimeout(err)) throw err;
  }
  try {
    return { value: await read(), retried: true };
  } catch (err) {
    if (isReadTimeout(err)) return 'timeout';
    throw err;
  }
}

export async function measureRoundTrip(samples: ResumeSample[], verbose: boolean) {
  const templates = listTemplates();
  const cells = new Map<string, Cell>();
  const key = (t: string, f: ExportFormat) => `${t}/${f}`;
  const cellOf = (t: string, f: ExportFormat) => {
    const cell = cells.get(key(t, f)) ?? newCell();
    cells.set(key(t, f), cell);
    return cell;
  };
  for (const s of samples) {
    const truth = contentFacts(s.content);
    for (const template of templates) {
      for (const format of EXPORT_FORMATS) {
        const cell = cellOf(template.id, format);
        let read: ReturnType<typeof draftFacts>;
        try {
          const started = performance.now();
          const file = await exportDocument(s.content, template, format);
          cell.renderMs.push(performance.now() - started);
          const got = await readBackWithRetry(() => readBack(file.bytes, format, file.extension));
          if (got === 'timeout') {
            cell.timeouts += 1;
            if (verbose) console.log(`${s.id} ${template.id}/${format}: read timed out twice, not scored`);
            continue;
          }
          if (got.retried) cell.retried += 1;
          read = draftFacts(got.value);
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
  return templates.flatMap((t) =>
    EXPORT_FORMATS.map((format) => {
      const cell = cellOf(t.id, format);
      return {
        template: t.id,
        layout: t.layout,
        format,
        ...scores(cell.total),
        fields: Object.fromEntries(FIELDS.map((f) => [f, scores(cell.fields[f])])),
        documentsScored: samples.length - cell.timeouts,
        failures: cell.failures,
        timeouts: cell.timeouts,
        readsRetried: cell.retried,
        renderMsMedian: Math.round(median(cell.renderMs) * 10) / 10,
        examples: cell.examples,
      };
    }),
  );
}
