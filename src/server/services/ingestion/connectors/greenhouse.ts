/**
 * Greenhouse job board API: GET /v1/boards/{token}/jobs?content=true returns every published job
 * with its description in one response. `content` is HTML escaped once more (&lt;p&gt;), so it is
 * unescaped before normalize reads it as HTML.
 */
import { z } from 'zod';
import type { Connector } from '../normalized-posting';
import { badEnvelope, collectRecords } from './collect';
import { baseOf, cap, httpUrl, idLike, joinParts, optNumber, optText, segment, title } from './fields';
import { sourceKeyFor } from './source-key';

const named = z.object({ name: optText }).nullish().catch(null);

const job = z.object({
  id: idLike,
  title,
  absolute_url: optText,
  company_name: optText,
  content: optText,
  location: named,
  offices: z
    .array(z.object({ name: optText, location: optText }).catch({ name: null, location: null }))
    .nullish()
    .catch(null),
  first_published: optText,
  updated_at: optText,
  metadata: z
    .array(z.object({ name: optText, value: z.unknown() }).catch({ name: null, value: null }))
    .nullish()
    .catch(null),
  pay_input_ranges: z
    .array(
      z
        .object({ min_cents: optNumber, max_cents: optNumber, currency_type: optText })
        .catch({ min_cents: null, max_cents: null, currency_type: null }),
    )
    .nullish()
    .catch(null),
});
type GreenhouseJob = z.infer<typeof job>;

const envelope = z.object({ jobs: z.array(z.unknown()) });

/** Greenhouse escapes the HTML of `content`; other entities (&nbsp;) are left for the HTML reader. */
export function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function metadataValue(item: GreenhouseJob, pattern: RegExp): string | null {
  const found = item.metadata?.find((m) => m.name && pattern.test(m.name));
  return typeof found?.value === 'string' ? found.value : null;
}

export function createGreenhouseConnector(options: { baseUrl?: string } = {}): Connector {
  const base = baseOf(options.baseUrl, 'https://boards-api.greenhouse.io');
  return {
    type: 'greenhouse',
    async fetch(config, http) {
      const source = sourceKeyFor('greenhouse', config.token);
      const payload = await http.fetchJson(`${base}/v1/boards/${segment(config.token)}/jobs?content=true`);
      const parsed = envelope.safeParse(payload);
      if (!parsed.success) return badEnvelope(source, payload, parsed.error);
      const collected = collectRecords(source, parsed.data.jobs, job, (item) => {
        const pay = item.pay_input_ranges?.find((p) => p.min_cents !== null || p.max_cents !== null);
        return {
          externalId: item.id,
          title: item.title,
          companyName: cap(item.company_name, 500) ?? config.token,
          descriptionHtml: unescapeHtml(item.content ?? ''),
          locationText: item.location?.name ?? joinParts(item.offices?.map((o) => o.location ?? o.name) ?? [], '; '),
          workplaceHint: cap(metadataValue(item, /workplace|remote|location type/i), 100),
          employmentTypeHint: cap(metadataValue(item, /employment|job type|commitment|time type/i), 100),
          salaryText: null,
          salaryStructured: pay
            ? {
                min: pay.min_cents === null ? null : Math.max(0, pay.min_cents / 100),
                max: pay.max_cents === null ? null : Math.max(0, pay.max_cents / 100),
                currency: cap(pay.currency_type, 10),
                period: 'year',
              }
            : null,
          postedAt: cap(item.first_published ?? item.updated_at, 100),
          applyUrl: httpUrl(item.absolute_url),
        };
      });
      return { ...collected, complete: true };
    },
  };
}
