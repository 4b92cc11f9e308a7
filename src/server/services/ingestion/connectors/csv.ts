/**
 * CSV upload: the file's own columns, mapped to ours in a column-mapping step (suggestMapping
 * proposes one from the headers; the user confirms or changes it). Parsed with csv-parse, which
 * handles quoting, embedded line breaks and a BOM; a row csv-parse cannot read is quarantined with
 * its line number, and the rest of the file goes on.
 */
import { createHash } from 'node:crypto';
import { parse, type Options } from 'csv-parse/sync';
import { z } from 'zod';
import type { QuarantinedRecord } from '../normalized-posting';
import { collectRecords, emptyCollected, type Collected } from './collect';
import { cap, httpUrl } from './fields';

export const CSV_FIELDS = [
  'externalId',
  'title',
  'companyName',
  'description',
  'location',
  'workplace',
  'employmentType',
  'salary',
  'postedAt',
  'applyUrl',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Our field -> the file's column header. title and companyName are required. */
export const csvColumnMapping = z
  .object(
    Object.fromEntries(CSV_FIELDS.map((f) => [f, z.string().min(1).max(200).optional()])) as Record<
      CsvField,
      z.ZodOptional<z.ZodString>
    >,
  )
  .refine((m) => m.title && m.companyName, { message: 'Map a column to title and to companyName' });
export type CsvColumnMapping = Partial<Record<CsvField, string>>;

/** Header words that usually name each field, most specific first. */
const HINTS: [CsvField, RegExp][] = [
  ['externalId', /^(id|job ?id|req(uisition)?( ?id)?|reference|ref|posting ?id)$/i],
  ['companyName', /company|employer|organi[sz]ation|hiring ?org/i],
  ['salary', /salary|compensation|pay|wage/i],
  ['employmentType', /employment|job ?type|contract ?type|commitment|schedule/i],
  ['workplace', /remote|workplace|on-?site|work ?type/i],
  ['postedAt', /posted|published|date|created/i],
  ['applyUrl', /url|link|apply/i],
  ['location', /location|city|place|where/i],
  ['description', /description|details|summary|body|text/i],
  ['title', /title|position|role|job ?name|^job$/i],
];

/** A first mapping from the file's headers; each header is used at most once. */
export function suggestMapping(headers: readonly string[]): CsvColumnMapping {
  const mapping: CsvColumnMapping = {};
  const used = new Set<string>();
  for (const [field, pattern] of HINTS) {
    const header = headers.find((h) => !used.has(h) && pattern.test(h.trim()));
    if (header) {
      mapping[field] = header;
      used.add(header);
    }
  }
  return mapping;
}

const row = z.record(z.string(), z.string());
type Row = z.infer<typeof row>;

export function parseCsvPostings(
  csvText: string,
  mapping: CsvColumnMapping,
  options: { source?: string } = {},
): Collected & { headers: string[] } {
  const source = options.source ?? 'csv:file';
  const collected = emptyCollected();
  let headers: string[] = [];
  const skipped: QuarantinedRecord[] = [];
  const settings: Options & { on_skip: (error: { message: string; lines?: number }) => void } = {
    bom: true,
    columns: (first: string[]) => (headers = first.map((h) => h.trim())),
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
    max_record_size: 1_000_000,
    // csv-parse calls on_skip for each row it cannot read; its types do not list the option.
    on_skip: (error) =>
      skipped.push({
        source,
        externalId: null,
        reason: `CSV row not readable: ${error.message}`.slice(0, 500),
        payload: { line: error.lines ?? null },
      }),
  };
  let rows: unknown[];
  try {
    rows = parse(csvText, settings) as unknown[];
  } catch (error) {
    const reason = `CSV not readable: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500);
    return {
      postings: [],
      quarantined: [{ source, externalId: null, reason, payload: csvText.slice(0, 10_000) }],
      headers,
    };
  }
  const column = (r: Row, field: CsvField) => {
    const header = mapping[field];
    const value = header ? r[header] : undefined;
    return value?.trim() ? value.trim() : null;
  };
  collectRecords(
    source,
    rows,
    row,
    (r) => {
      const title = column(r, 'title');
      const company = column(r, 'companyName');
      if (!title || !company) throw new Error(`missing ${title ? 'companyName' : 'title'}`);
      const id =
        column(r, 'externalId') ??
        createHash('sha256')
          .update(JSON.stringify([title, company, column(r, 'location'), column(r, 'description')]))
          .digest('hex');
      return {
        externalId: id.slice(0, 200),
        title,
        companyName: company,
        descriptionHtml: escapeForHtml(column(r, 'description') ?? ''),
        locationText: cap(column(r, 'location'), 1000),
        workplaceHint: cap(column(r, 'workplace'), 100),
        employmentTypeHint: cap(column(r, 'employmentType'), 100),
        salaryText: cap(column(r, 'salary'), 300),
        salaryStructured: null,
        postedAt: cap(column(r, 'postedAt'), 100),
        applyUrl: httpUrl(column(r, 'applyUrl')),
      };
    },
    collected,
  );
  collected.quarantined.push(...skipped);
  return { ...collected, headers };
}

/** CSV cells are plain text: kept as text (line breaks as lines) when normalize reads them as HTML. */
function escapeForHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, '<br>');
}
