/**
 * Lenient field schemas for source payloads: identity fields (id, title) must be right or the
 * record is quarantined; descriptive fields that come in an odd shape become null instead, because
 * one strange "department" should not cost a seeker the job.
 */
import { z } from 'zod';

/** A string, or null for anything else (missing, number, object). */
export const optText = z
  .string()
  .nullish()
  .catch(null)
  .transform((v) => v ?? null);
export const optNumber = z
  .number()
  .finite()
  .nullish()
  .catch(null)
  .transform((v) => v ?? null);
export const optBool = z
  .boolean()
  .nullish()
  .catch(null)
  .transform((v) => v ?? null);
/** Ids come as numbers (Greenhouse) or strings: kept as text. */
export const idLike = z.union([z.string().trim().min(1), z.number().finite()]).transform(String);
export const title = z.string().trim().min(1);

/** An absolute http(s) URL, or null: a broken apply link should not quarantine the posting. */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.href.length <= 1000 ? url.href : null;
  } catch {
    return null;
  }
}

/** "a, , b" -> "a, b"; null when nothing is left. */
export function joinParts(parts: readonly (string | null | undefined)[], separator = ', '): string | null {
  const kept = parts.map((p) => (p ?? '').trim()).filter(Boolean);
  return kept.length ? kept.join(separator).slice(0, 1000) : null;
}

/** Short text fields of RawPosting have caps; a longer hint is cut rather than refused. */
export const cap = (value: string | null | undefined, max: number): string | null =>
  value == null || value.trim() === '' ? null : value.trim().slice(0, max);

/** The API base for a connector: the documented host, or the override tests point at their server. */
export const baseOf = (override: string | undefined, documented: string) =>
  (override ?? documented).replace(/\/+$/, '');

/** A token in a URL path, escaped. */
export const segment = (token: string) => encodeURIComponent(token.trim());
