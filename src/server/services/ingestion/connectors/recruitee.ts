/**
 * Recruitee careers-site API: GET https://{company}.recruitee.com/api/offers/ lists the published
 * offers with description, requirements, work arrangement flags and (when shown) the salary.
 */
import { z } from 'zod';
import type { Connector } from '../normalized-posting';
import { badEnvelope, collectRecords } from './collect';
import { cap, httpUrl, idLike, joinParts, optBool, optText, title } from './fields';
import { sourceKeyFor } from './source-key';

const amount = z
  .union([z.number(), z.string()])
  .nullish()
  .catch(null)
  .transform((v) => {
    if (v === null || v === undefined || v === '') return null;
    const n = Number(v);
    return Number.isFinite(n) && n >= 0 ? n : null;
  });

const offer = z.object({
  id: idLike,
  title,
  company_name: optText,
  description: optText,
  requirements: optText,
  location: optText,
  city: optText,
  state_name: optText,
  country: optText,
  remote: optBool,
  hybrid: optBool,
  on_site: optBool,
  employment_type_code: optText,
  careers_url: optText,
  careers_apply_url: optText,
  published_at: optText,
  created_at: optText,
  salary: z.object({ min: amount, max: amount, currency: optText, period: optText }).nullish().catch(null),
});

const envelope = z.object({ offers: z.array(z.unknown()) });

export function createRecruiteeConnector(options: { baseUrl?: string } = {}): Connector {
  return {
    type: 'recruitee',
    async fetch(config, http) {
      const source = sourceKeyFor('recruitee', config.token);
      // The company is a subdomain: only a DNS label is accepted, so a token cannot pick another host.
      if (!options.baseUrl && !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(config.token))
        return {
          postings: [],
          quarantined: [{ source, externalId: null, reason: 'Not a Recruitee company name', payload: config.token }],
          complete: false,
        };
      const base = (options.baseUrl ?? `https://${config.token}.recruitee.com`).replace(/\/+$/, '');
      const payload = await http.fetchJson(`${base}/api/offers/`);
      const parsed = envelope.safeParse(payload);
      if (!parsed.success) return badEnvelope(source, payload, parsed.error);
      const collected = collectRecords(source, parsed.data.offers, offer, (item) => {
        const salary = item.salary && (item.salary.min !== null || item.salary.max !== null) ? item.salary : null;
        return {
          externalId: item.id,
          title: item.title,
          companyName: cap(item.company_name, 500) ?? config.token,
          descriptionHtml: [item.description, item.requirements].filter(Boolean).join('\n'),
          locationText: cap(item.location, 1000) ?? joinParts([item.city, item.state_name, item.country]),
          workplaceHint: item.remote ? 'remote' : item.hybrid ? 'hybrid' : item.on_site ? 'onsite' : null,
          employmentTypeHint: cap(item.employment_type_code, 100),
          salaryText: null,
          salaryStructured: salary
            ? { min: salary.min, max: salary.max, currency: cap(salary.currency, 10), period: cap(salary.period, 20) }
            : null,
          postedAt: cap(item.published_at ?? item.created_at, 100),
          applyUrl: httpUrl(item.careers_apply_url ?? item.careers_url),
        };
      });
      return { ...collected, complete: true };
    },
  };
}
