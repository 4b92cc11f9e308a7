/**
 * Remotive's public API: GET /api/remote-jobs (optionally ?category=<slug>, the source's token).
 * Every job is remote; candidate_required_location says from where ("USA Only", "Worldwide").
 */
import { z } from 'zod';
import type { Connector } from '../normalized-posting';
import { badEnvelope, collectRecords } from './collect';
import { baseOf, cap, httpUrl, idLike, optText, title } from './fields';
import { sourceKeyFor } from './source-key';

const job = z.object({
  id: idLike,
  url: optText,
  title,
  company_name: z.string().trim().min(1),
  job_type: optText,
  publication_date: optText,
  candidate_required_location: optText,
  salary: optText,
  description: optText,
});

const envelope = z.object({ jobs: z.array(z.unknown()) });

export function createRemotiveConnector(options: { baseUrl?: string } = {}): Connector {
  const base = baseOf(options.baseUrl, 'https://remotive.com');
  return {
    type: 'remotive',
    async fetch(config, http) {
      const source = sourceKeyFor('remotive', config.token);
      const category = config.token.trim();
      const url = `${base}/api/remote-jobs${category ? `?category=${encodeURIComponent(category)}` : ''}`;
      const payload = await http.fetchJson(url);
      const parsed = envelope.safeParse(payload);
      if (!parsed.success) return badEnvelope(source, payload, parsed.error);
      const collected = collectRecords(source, parsed.data.jobs, job, (item) => {
        const where = cap(item.candidate_required_location, 900);
        return {
          externalId: item.id,
          title: item.title,
          companyName: item.company_name,
          descriptionHtml: item.description ?? '',
          locationText: where ? `Remote - ${where}` : 'Remote',
          workplaceHint: 'remote',
          employmentTypeHint: cap(item.job_type, 100),
          salaryText: cap(item.salary, 300),
          salaryStructured: null,
          postedAt: cap(item.publication_date, 100),
          applyUrl: httpUrl(item.url),
        };
      });
      return { ...collected, complete: true };
    },
  };
}
