/**
 * Lever postings API: GET /v0/postings/{site}?mode=json&skip=N&limit=100, read page by page until
 * a page holds fewer than `limit`. The description is Lever's parts in the order its page shows
 * them: opening/description, each list under its heading, then the closing `additional`.
 */
import { z } from 'zod';
import type { Connector } from '../normalized-posting';
import { badEnvelope, collectRecords, emptyCollected } from './collect';
import { baseOf, cap, httpUrl, joinParts, optNumber, optText, segment, title } from './fields';
import { sourceKeyFor } from './source-key';

const PAGE = 100;
/** 100 pages of 100: a board larger than that is read in part and reported incomplete. */
const MAX_PAGES = 100;

const posting = z.object({
  id: z.string().trim().min(1),
  text: title,
  categories: z
    .object({
      commitment: optText,
      location: optText,
      team: optText,
      allLocations: z.array(z.string()).nullish().catch(null),
    })
    .nullish()
    .catch(null),
  createdAt: z.union([z.number(), z.string()]).nullish().catch(null),
  description: optText,
  lists: z
    .array(z.object({ text: optText, content: optText }).catch({ text: null, content: null }))
    .nullish()
    .catch(null),
  additional: optText,
  hostedUrl: optText,
  applyUrl: optText,
  workplaceType: optText,
  salaryRange: z.object({ min: optNumber, max: optNumber, currency: optText, interval: optText }).nullish().catch(null),
  salaryDescriptionPlain: optText,
});

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Lever intervals: per-year-salary, per-month-salary, per-hour-wage, per-day-wage, per-week-wage... */
function leverPeriod(interval: string | null): string | null {
  const match = /per-(year|month|week|day|hour)/.exec(interval ?? '');
  return match?.[1] ?? null;
}

export function createLeverConnector(options: { baseUrl?: string } = {}): Connector {
  const base = baseOf(options.baseUrl, 'https://api.lever.co');
  return {
    type: 'lever',
    async fetch(config, http) {
      const source = sourceKeyFor('lever', config.token);
      const collected = emptyCollected();
      for (let page = 0; page < MAX_PAGES; page++) {
        const url = `${base}/v0/postings/${segment(config.token)}?mode=json&skip=${page * PAGE}&limit=${PAGE}`;
        const payload = await http.fetchJson(url);
        const parsed = z.array(z.unknown()).safeParse(payload);
        if (!parsed.success) {
          const bad = badEnvelope(source, payload, parsed.error);
          return { ...bad, postings: collected.postings, quarantined: [...collected.quarantined, ...bad.quarantined] };
        }
        collectRecords(
          source,
          parsed.data,
          posting,
          (item) => ({
            externalId: item.id,
            title: item.text,
            companyName: config.token,
            descriptionHtml: [
              item.description ?? '',
              ...(item.lists ?? []).map((l) => `<h3>${escapeText(l.text ?? '')}</h3><ul>${l.content ?? ''}</ul>`),
              item.additional ?? '',
            ].join('\n'),
            locationText: item.categories?.location ?? joinParts(item.categories?.allLocations ?? [], '; '),
            workplaceHint: cap(item.workplaceType === 'unspecified' ? null : item.workplaceType, 100),
            employmentTypeHint: cap(item.categories?.commitment, 100),
            salaryText: cap(item.salaryDescriptionPlain, 300),
            salaryStructured:
              item.salaryRange && (item.salaryRange.min !== null || item.salaryRange.max !== null)
                ? {
                    min: item.salaryRange.min === null ? null : Math.max(0, item.salaryRange.min),
                    max: item.salaryRange.max === null ? null : Math.max(0, item.salaryRange.max),
                    currency: cap(item.salaryRange.currency, 10),
                    period: leverPeriod(item.salaryRange.interval),
                  }
                : null,
            postedAt:
              item.createdAt === null || item.createdAt === undefined ? null : String(item.createdAt).slice(0, 100),
            applyUrl: httpUrl(item.applyUrl ?? item.hostedUrl),
          }),
          collected,
        );
        if (parsed.data.length < PAGE) return { ...collected, complete: true };
      }
      return { ...collected, complete: false };
    },
  };
}
