/** CSV (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks), via csv-parse. */
import { parse } from 'csv-parse/sync';

const OPTIONS = { bom: true, skip_empty_lines: true, relax_column_count: true } as const;

export const parseCsv = (input: string): string[][] => parse(input, OPTIONS) as string[][];

/** Rows as objects keyed by the header row. */
export function parseCsvRecords(input: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(input);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
