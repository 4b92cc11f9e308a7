/**
 * What every connector does with a page of records: parse each with the source's zod schema, map it
 * to a RawPosting and check that against the contract. A record that fails either step is
 * quarantined with its raw payload and the reason, and the rest of the batch goes on.
 */
import { type z } from 'zod';
import { rawPosting, type QuarantinedRecord, type RawPosting } from '../normalized-posting';

export type RawFields = Omit<RawPosting, 'source'>;

export interface Collected {
  postings: RawPosting[];
  quarantined: QuarantinedRecord[];
}

export const emptyCollected = (): Collected => ({ postings: [], quarantined: [] });

/** A short, readable reason from a zod error: "title: expected string; id: required". */
export function zodReason(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'record'}: ${issue.message}`)
    .join('; ')
    .slice(0, 500);
}

/** The id a quarantined record is filed under, when the payload has something like one. */
export function guessId(item: unknown): string | null {
  if (item === null || typeof item !== 'object') return null;
  const record = item as Record<string, unknown>;
  for (const key of ['id', 'shortcode', 'slug', 'identifier', 'url']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 200);
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return null;
}

export function quarantine(source: string, item: unknown, reason: string): QuarantinedRecord {
  return { source, externalId: guessId(item), reason, payload: item };
}

/** Parses and maps each item; never throws for a bad item. */
export function collectRecords<T>(
  source: string,
  items: readonly unknown[],
  schema: z.ZodType<T>,
  toRaw: (item: T) => RawFields | null,
  into: Collected = emptyCollected(),
): Collected {
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      into.quarantined.push(quarantine(source, item, zodReason(parsed.error)));
      continue;
    }
    let fields: RawFields | null;
    try {
      fields = toRaw(parsed.data);
    } catch (error) {
      into.quarantined.push(quarantine(source, item, `Could not read the record: ${String(error)}`.slice(0, 500)));
      continue;
    }
    if (fields === null) continue; // the source marks it unlisted: not a posting, not an error
    const checked = rawPosting.safeParse({ source, ...fields });
    if (checked.success) into.postings.push(checked.data);
    else into.quarantined.push(quarantine(source, item, zodReason(checked.error)));
  }
  return into;
}

/** The envelope itself is wrong (not the documented shape): nothing to read, one quarantined record. */
export function badEnvelope(source: string, payload: unknown, error: z.ZodError) {
  return {
    postings: [],
    quarantined: [{ source, externalId: null, reason: `Unexpected response shape: ${zodReason(error)}`, payload }],
    complete: false,
  };
}
