/**
 * schema.org JobPosting from JSON-LD: what search engines index and many career pages embed. Reads
 * every <script type="application/ld+json"> block of a page, or a .json/.jsonld file, and finds
 * JobPosting objects wherever they sit (top level, arrays, @graph, ItemList items).
 * See https://schema.org/JobPosting and Google's job posting structured-data guide.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Connector, QuarantinedRecord, RawPosting } from '../normalized-posting';
import { collectRecords, emptyCollected, type Collected, type RawFields } from './collect';
import { cap, httpUrl, joinParts } from './fields';
import { jsonLdSourceKey } from './source-key';

const SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
/** JobPostings nest at most a few levels deep (@graph > ItemList > ListItem > item). */
const MAX_DEPTH = 8;

const isJobPosting = (value: Record<string, unknown>) => {
  const type = value['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
};

/** Every object typed JobPosting in a parsed JSON-LD document. */
export function findJobPostings(node: unknown, found: unknown[] = [], depth = 0): unknown[] {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    for (const item of node) findJobPostings(item, found, depth + 1);
    return found;
  }
  const record = node as Record<string, unknown>;
  if (isJobPosting(record)) {
    found.push(record);
    return found;
  }
  for (const value of Object.values(record)) if (typeof value === 'object') findJobPostings(value, found, depth + 1);
  return found;
}

/** Text of a schema.org value that may be a string, a Thing with a name, or an array of either. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return joinParts(value.map(text));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return text(record.name ?? record.value ?? record['@value'] ?? null);
  }
  return null;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

function placeText(place: unknown): string | null {
  if (typeof place === 'string') return place;
  if (!place || typeof place !== 'object') return null;
  const address = (place as Record<string, unknown>).address;
  if (typeof address === 'string') return address;
  if (!address || typeof address !== 'object') return text((place as Record<string, unknown>).name);
  const a = address as Record<string, unknown>;
  return joinParts([text(a.addressLocality), text(a.addressRegion), text(a.addressCountry)]);
}

const posting = z.looseObject({
  title: z.string().trim().min(1),
  description: z.string().nullish(),
  hiringOrganization: z.unknown().optional(),
});

const num = (v: unknown) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) && Number(v) >= 0
      ? Number(v)
      : null;

function salaryOf(base: unknown): RawPosting['salaryStructured'] {
  if (!base || typeof base !== 'object') return null;
  const amount = base as Record<string, unknown>;
  const value = amount.value;
  const v = value && typeof value === 'object' ? (value as Record<string, unknown>) : { value };
  const min = num(v.minValue) ?? num(v.value);
  const max = num(v.maxValue) ?? num(v.value);
  if (min === null && max === null) return null;
  return { min, max, currency: cap(text(amount.currency), 10), period: cap(text(v.unitText ?? amount.unitText), 20) };
}

function externalIdOf(item: Record<string, unknown>, fallback: string): string {
  // A PropertyValue identifier names its issuer in `name` and the id in `value`.
  const identifier =
    item.identifier && typeof item.identifier === 'object' && !Array.isArray(item.identifier)
      ? text((item.identifier as Record<string, unknown>).value)
      : text(item.identifier);
  const id = identifier ?? text(item.url) ?? fallback;
  return id.length <= 200 ? id : createHash('sha256').update(id).digest('hex');
}

/** A career page without hiringOrganization is the site's own: its host names the employer. A file has no such fallback. */
function employerFromPage(pageUrl: string | null): string {
  const host = pageUrl ? new URL(pageUrl).hostname.replace(/^(www|careers|jobs)\./, '') : '';
  if (!host) throw new Error('the posting names no hiringOrganization');
  return host;
}

function toRaw(item: z.infer<typeof posting>, fallbackId: string, pageUrl: string | null): RawFields {
  const record = item as Record<string, unknown>;
  const places = asArray(record.jobLocation)
    .map(placeText)
    .filter((p): p is string => Boolean(p));
  const telecommute = text(record.jobLocationType)?.toUpperCase().includes('TELECOMMUTE') ?? false;
  const applicant = joinParts(asArray(record.applicantLocationRequirements).map(text));
  const location = places.length
    ? places.join('; ')
    : telecommute
      ? `Remote${applicant ? ` - ${applicant}` : ''}`
      : null;
  return {
    externalId: externalIdOf(record, fallbackId),
    title: item.title,
    companyName: cap(text(item.hiringOrganization), 500) ?? employerFromPage(pageUrl),
    descriptionHtml: item.description ?? '',
    locationText: cap(location, 1000),
    workplaceHint: telecommute ? 'remote' : null,
    employmentTypeHint: cap(joinParts(asArray(record.employmentType).map(text)), 100),
    salaryText: typeof record.baseSalary === 'string' ? cap(record.baseSalary, 300) : null,
    salaryStructured: salaryOf(record.baseSalary),
    postedAt: cap(text(record.datePosted), 100),
    applyUrl: httpUrl(text(record.url) ?? pageUrl),
  };
}

function collectPostings(source: string, documents: unknown[], pageUrl: string | null, into: Collected): Collected {
  const found = documents.flatMap((doc) => findJobPostings(doc));
  const base = pageUrl ?? source;
  found.forEach((item, index) =>
    collectRecords(
      source,
      [item],
      posting,
      (p) => toRaw(p, found.length === 1 ? base : `${base}#${index + 1}`, pageUrl),
      into,
    ),
  );
  return into;
}

/** Parses the JSON-LD blocks of an HTML page; a block that is not JSON is quarantined. */
export function extractJobPostingsFromHtml(
  html: string,
  options: { source: string; pageUrl: string | null },
): Collected {
  const collected = emptyCollected();
  const documents: unknown[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const body = (match[1] ?? '').trim().replace(/^<!--|-->$/g, '');
    try {
      documents.push(JSON.parse(body));
    } catch {
      collected.quarantined.push({
        source: options.source,
        externalId: null,
        reason: 'JSON-LD block is not valid JSON',
        payload: body.slice(0, 10_000),
      });
    }
  }
  return collectPostings(options.source, documents, options.pageUrl, collected);
}

/** A .json or .jsonld file (text or already parsed): one JobPosting, an array, or a @graph. */
export function parseJobPostingJsonLd(input: unknown, options: { source?: string } = {}): Collected {
  const source = options.source ?? 'jsonld:file';
  const collected = emptyCollected();
  let document = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch {
      const bad: QuarantinedRecord = {
        source,
        externalId: null,
        reason: 'File is not valid JSON',
        payload: input.slice(0, 10_000),
      };
      return { postings: [], quarantined: [bad] };
    }
  }
  return collectPostings(source, [document], null, collected);
}

/** A career page URL (the source's token): the page is fetched and its JSON-LD read. */
export function createJsonLdConnector(): Connector {
  return {
    type: 'jsonld',
    async fetch(config, http) {
      const source = jsonLdSourceKey(config.token);
      const page = await http.fetchText(config.token);
      const trimmed = page.text.trimStart();
      const collected =
        /json/i.test(page.contentType ?? '') || trimmed.startsWith('{') || trimmed.startsWith('[')
          ? parseJobPostingJsonLd(page.text, { source })
          : extractJobPostingsFromHtml(page.text, { source, pageUrl: page.finalUrl });
      return { ...collected, complete: true };
    },
  };
}
