/**
 * Arbeitnow's job board API: GET /api/job-board-api, paged through links.next. Only the path and
 * query of links.next are followed, against the configured base: the payload does not choose the
 * host. created_at is a Unix time in seconds.
 */
import { z } from 'zod';
import type { Connector } from '../normalized-posting';
import { badEnvelope, collectRecords, emptyCollected } from './collect';
import { baseOf, cap, httpUrl, optBool, optNumber, optText, title } from './fields';
import { sourceKeyFor } from './source-key';

const MAX_PAGES = 50;

const job = z.object({
  slug: z.string().trim().min(1),
  company_name: z.string().trim().min(1),
  title,
  description: optText,
  remote: optBool,
  url: optText,
  job_types: z.array(z.string()).nullish().catch(null),
  location: optText,
  created_at: optNumber,
});

const envelope = z.object({
  data: z.array(z.unknown()),
  links: z.object({ next: optText }).nullish().catch(null),
});

export function createArbeitnowConnector(options: { baseUrl?: string } = {}): Connector {
  const base = baseOf(options.baseUrl, 'https://www.arbeitnow.com');
  return {
    type: 'arbeitnow',
    async fetch(config, http) {
      const source = sourceKeyFor('arbeitnow', config.token);
      const collected = emptyCollected();
      let url = `${base}/api/job-board-api`;
      for (let page = 0; page < MAX_PAGES; page++) {
        const payload = await http.fetchJson(url);
        const parsed = envelope.safeParse(payload);
        if (!parsed.success) {
          collected.quarantined.push(...badEnvelope(source, payload, parsed.error).quarantined);
          return { ...collected, complete: false };
        }
        collectRecords(
          source,
          parsed.data.data,
          job,
          (item) => ({
            externalId: item.slug,
            title: item.title,
            companyName: item.company_name,
            descriptionHtml: item.description ?? '',
            locationText: cap(item.location, 1000),
            workplaceHint: item.remote ? 'remote' : null,
            employmentTypeHint: cap(item.job_types?.[0], 100),
            salaryText: null,
            salaryStructured: null,
            postedAt:
              item.created_at === null || item.created_at === undefined
                ? null
                : new Date(item.created_at * 1000).toISOString(),
            applyUrl: httpUrl(item.url),
          }),
          collected,
        );
        const next = parsed.data.links?.next;
        if (!next) return { ...collected, complete: true };
        try {
          const nextUrl = new URL(next, base);
          url = `${base}${nextUrl.pathname}${nextUrl.search}`;
        } catch {
          return { ...collected, complete: false };
        }
      }
      return { ...collected, complete: false };
    },
  };
}
