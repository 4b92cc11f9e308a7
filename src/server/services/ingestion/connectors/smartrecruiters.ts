/**
 * SmartRecruiters posting API: the list (GET /v1/companies/{id}/postings?offset=&limit=100, paged
 * by totalFound) has no description, so each posting's detail (GET .../postings/{postingId}) is
 * read too, a few at a time. A posting whose detail cannot be read is quarantined and the sync is
 * reported incomplete, so the store does not close a job because one detail call failed.
 */
import { z } from 'zod';
import type { Connector, IngestionHttp, QuarantinedRecord } from '../normalized-posting';
import { badEnvelope, collectRecords, emptyCollected, quarantine } from './collect';
import { baseOf, cap, httpUrl, idLike, joinParts, optBool, optText, segment, title } from './fields';
import { sourceKeyFor } from './source-key';

const PAGE = 100;
const MAX_PAGES = 100;
/** Detail calls in flight at once for one board (the HTTP client also limits per host). */
const DETAIL_CONCURRENCY = 4;

const listEnvelope = z.object({
  offset: z.number().nullish().catch(null),
  totalFound: z.number().nullish().catch(null),
  content: z.array(z.unknown()),
});
const listed = z.object({ id: idLike });

const section = z.object({ title: optText, text: optText }).nullish().catch(null);
const detail = z.object({
  id: idLike,
  name: title,
  company: z.object({ name: optText, identifier: optText }).nullish().catch(null),
  location: z
    .object({
      city: optText,
      region: optText,
      country: optText,
      fullLocation: optText,
      remote: optBool,
      hybrid: optBool,
    })
    .nullish()
    .catch(null),
  releasedDate: optText,
  postingUrl: optText,
  applyUrl: optText,
  typeOfEmployment: z.object({ label: optText, id: optText }).nullish().catch(null),
  jobAd: z
    .object({
      sections: z
        .object({
          companyDescription: section,
          jobDescription: section,
          qualifications: section,
          additionalInformation: section,
        })
        .nullish()
        .catch(null),
    })
    .nullish()
    .catch(null),
});
type Detail = z.infer<typeof detail>;

function describe(item: Detail): string {
  const sections = item.jobAd?.sections;
  if (!sections) return '';
  return [sections.companyDescription, sections.jobDescription, sections.qualifications, sections.additionalInformation]
    .filter((s) => s?.text)
    .map((s) => `${s?.title ? `<h3>${s.title.replace(/</g, '&lt;')}</h3>` : ''}${s?.text ?? ''}`)
    .join('\n');
}

function workplace(item: Detail): string | null {
  if (!item.location) return null;
  if (item.location.remote) return 'remote';
  if (item.location.hybrid) return 'hybrid';
  return item.location.remote === false && item.location.hybrid === false ? 'onsite' : null;
}

async function readDetails(
  ids: string[],
  detailUrl: (id: string) => string,
  http: IngestionHttp,
  source: string,
): Promise<{ details: unknown[]; failed: QuarantinedRecord[] }> {
  const details: unknown[] = [];
  const failed: QuarantinedRecord[] = [];
  for (let i = 0; i < ids.length; i += DETAIL_CONCURRENCY) {
    const batch = ids.slice(i, i + DETAIL_CONCURRENCY);
    const settled = await Promise.allSettled(batch.map((id) => http.fetchJson(detailUrl(id))));
    settled.forEach((result, k) => {
      if (result.status === 'fulfilled') details.push(result.value);
      else
        failed.push({
          ...quarantine(
            source,
            { id: batch[k] },
            `Posting detail could not be read: ${String(result.reason)}`.slice(0, 500),
          ),
        });
    });
  }
  return { details, failed };
}

export function createSmartRecruitersConnector(options: { baseUrl?: string } = {}): Connector {
  const base = baseOf(options.baseUrl, 'https://api.smartrecruiters.com');
  return {
    type: 'smartrecruiters',
    async fetch(config, http) {
      const source = sourceKeyFor('smartrecruiters', config.token);
      const company = `${base}/v1/companies/${segment(config.token)}/postings`;
      const collected = emptyCollected();
      let complete = false;
      for (let page = 0; page < MAX_PAGES; page++) {
        const payload = await http.fetchJson(`${company}?offset=${page * PAGE}&limit=${PAGE}`);
        const parsed = listEnvelope.safeParse(payload);
        if (!parsed.success) {
          const bad = badEnvelope(source, payload, parsed.error);
          collected.quarantined.push(...bad.quarantined);
          return { ...collected, complete: false };
        }
        const ids: string[] = [];
        for (const item of parsed.data.content) {
          const id = listed.safeParse(item);
          if (id.success) ids.push(id.data.id);
          else collected.quarantined.push(quarantine(source, item, 'Listed posting has no id'));
        }
        const { details, failed } = await readDetails(ids, (id) => `${company}/${segment(id)}`, http, source);
        collected.quarantined.push(...failed);
        collectRecords(
          source,
          details,
          detail,
          (item) => ({
            externalId: item.id,
            title: item.name,
            companyName: cap(item.company?.name, 500) ?? config.token,
            descriptionHtml: describe(item),
            // fullLocation names the country ("Petah Tikva, , Israel"); the bare code "IL" would read as Illinois.
            locationText:
              joinParts((item.location?.fullLocation ?? '').split(',')) ??
              joinParts([item.location?.city, item.location?.region, item.location?.country?.toUpperCase()]),
            workplaceHint: workplace(item),
            employmentTypeHint: cap(item.typeOfEmployment?.label, 100),
            salaryText: null,
            salaryStructured: null,
            postedAt: cap(item.releasedDate, 100),
            applyUrl: httpUrl(item.applyUrl ?? item.postingUrl),
          }),
          collected,
        );
        const seen = page * PAGE + parsed.data.content.length;
        const total = parsed.data.totalFound;
        if (parsed.data.content.length < PAGE || (total !== null && total !== undefined && seen >= total)) {
          complete = failed.length === 0 && !collected.quarantined.some((q) => q.reason.startsWith('Posting detail'));
          break;
        }
      }
      return { ...collected, complete };
    },
  };
}
