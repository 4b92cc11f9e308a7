/**
 * Ashby posting API: GET /posting-api/job-board/{board}?includeCompensation=true. Unlisted jobs
 * (isListed false) are skipped: the board does not show them. The salary is the structured
 * "Salary" component; the tier summary text is kept for when there is none.
 */
import { z } from 'zod';
import type { Connector } from '../normalized-posting';
import { badEnvelope, collectRecords } from './collect';
import { baseOf, cap, httpUrl, optBool, optNumber, optText, segment, title } from './fields';
import { sourceKeyFor } from './source-key';

const component = z
  .object({
    compensationType: optText,
    interval: optText,
    currencyCode: optText,
    minValue: optNumber,
    maxValue: optNumber,
  })
  .catch({ compensationType: null, interval: null, currencyCode: null, minValue: null, maxValue: null });

const job = z.object({
  id: z.string().trim().min(1),
  title,
  employmentType: optText,
  location: optText,
  isListed: optBool,
  isRemote: optBool,
  workplaceType: optText,
  publishedAt: optText,
  jobUrl: optText,
  applyUrl: optText,
  descriptionHtml: optText,
  compensation: z
    .object({ compensationTierSummary: optText, summaryComponents: z.array(component).nullish().catch(null) })
    .nullish()
    .catch(null),
});

const envelope = z.object({ jobs: z.array(z.unknown()) });

/** "1 YEAR" -> year, "1 HOUR" -> hour; other intervals ("2 WEEK") are not a salary period we trust. */
const ashbyPeriod = (interval: string | null) =>
  /^1 (YEAR|MONTH|WEEK|DAY|HOUR)$/i.exec(interval ?? '')?.[1]?.toLowerCase() ?? null;

export function createAshbyConnector(options: { baseUrl?: string } = {}): Connector {
  const base = baseOf(options.baseUrl, 'https://api.ashbyhq.com');
  return {
    type: 'ashby',
    async fetch(config, http) {
      const source = sourceKeyFor('ashby', config.token);
      const payload = await http.fetchJson(
        `${base}/posting-api/job-board/${segment(config.token)}?includeCompensation=true`,
      );
      const parsed = envelope.safeParse(payload);
      if (!parsed.success) return badEnvelope(source, payload, parsed.error);
      const collected = collectRecords(source, parsed.data.jobs, job, (item) => {
        if (item.isListed === false) return null;
        const salary = item.compensation?.summaryComponents?.find(
          (c) => c.compensationType === 'Salary' && (c.minValue !== null || c.maxValue !== null),
        );
        return {
          externalId: item.id,
          title: item.title,
          companyName: config.token,
          descriptionHtml: item.descriptionHtml ?? '',
          locationText: cap(item.location, 1000),
          workplaceHint: cap(item.workplaceType ?? (item.isRemote ? 'remote' : null), 100),
          employmentTypeHint: cap(item.employmentType, 100),
          salaryText: salary ? null : cap(item.compensation?.compensationTierSummary, 300),
          salaryStructured: salary
            ? {
                min: salary.minValue === null ? null : Math.max(0, salary.minValue),
                max: salary.maxValue === null ? null : Math.max(0, salary.maxValue),
                currency: cap(salary.currencyCode, 10),
                period: ashbyPeriod(salary.interval),
              }
            : null,
          postedAt: cap(item.publishedAt, 100),
          applyUrl: httpUrl(item.applyUrl ?? item.jobUrl),
        };
      });
      return { ...collected, complete: true };
    },
  };
}
