/**
 * Workable's public widget API: GET /api/v1/widget/accounts/{account}?details=true lists every
 * published job of an account with its description (details=true) in one response.
 */
import { z } from 'zod';
import type { Connector } from '../normalized-posting';
import { badEnvelope, collectRecords } from './collect';
import { baseOf, cap, httpUrl, joinParts, optBool, optText, segment, title } from './fields';
import { sourceKeyFor } from './source-key';

const job = z.object({
  shortcode: z.string().trim().min(1),
  title,
  employment_type: optText,
  telecommuting: optBool,
  workplace_type: optText,
  url: optText,
  application_url: optText,
  shortlink: optText,
  published_on: optText,
  created_at: optText,
  city: optText,
  state: optText,
  country: optText,
  description: optText,
  requirements: optText,
  benefits: optText,
});

const envelope = z.object({ name: optText, jobs: z.array(z.unknown()) });

export function createWorkableConnector(options: { baseUrl?: string } = {}): Connector {
  const base = baseOf(options.baseUrl, 'https://apply.workable.com');
  return {
    type: 'workable',
    async fetch(config, http) {
      const source = sourceKeyFor('workable', config.token);
      const payload = await http.fetchJson(`${base}/api/v1/widget/accounts/${segment(config.token)}?details=true`);
      const parsed = envelope.safeParse(payload);
      if (!parsed.success) return badEnvelope(source, payload, parsed.error);
      const company = cap(parsed.data.name, 500) ?? config.token;
      const collected = collectRecords(source, parsed.data.jobs, job, (item) => ({
        externalId: item.shortcode,
        title: item.title,
        companyName: company,
        descriptionHtml: [item.description, item.requirements, item.benefits].filter(Boolean).join('\n'),
        locationText: joinParts([item.city, item.state, item.country]),
        workplaceHint: cap(item.workplace_type ?? (item.telecommuting ? 'remote' : null), 100),
        employmentTypeHint: cap(item.employment_type, 100),
        salaryText: null,
        salaryStructured: null,
        postedAt: cap(item.published_on ?? item.created_at, 100),
        applyUrl: httpUrl(item.application_url ?? item.url ?? item.shortlink),
      }));
      return { ...collected, complete: true };
    },
  };
}
