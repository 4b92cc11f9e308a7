/**
 * RawPosting -> NormalizedPosting, or a quarantined record with the reason. Never throws: one odd
 * posting must not stop a batch. Occupation is not inferred here; the store does that through the
 * occupation layer.
 */
import { extractSkills } from '@/server/services/skills/taxonomy';
import { normalizedPosting, rawPosting, type NormalizedPosting, type QuarantinedRecord } from '../normalized-posting';
import { htmlToCleanText } from './clean-text';
import { contentHash } from './content-hash';
import { employmentType } from './employment-type';
import { parseLocation } from './parse-location';
import { parseSalary } from './parse-salary';
import { postedDate } from './posted-date';
import { salaryInDescription } from './salary-in-description';
import { requiredYears } from './required-years';
import { workArrangement } from './work-arrangement';

export interface NormalizeOptions {
  /** When the posting was fetched: the posted date of a posting without one (see posted-date.ts). */
  fetchedAt?: Date;
}

export type NormalizeResult = NormalizedPosting | { quarantined: QuarantinedRecord };

const MAX_SKILLS = 50;

const CONTROL = /[\u0000-\u001F\u007F]/g;

/** One line, collapsed, at most `max` characters (cut at a word when one is near). */
function oneLine(text: string, max: number): string {
  const line = text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** The known skills a posting's text names (at most 50): also read for jobs added by hand. */
export function skillsOf(text: string): string[] {
  const names = new Set<string>();
  for (const skill of extractSkills(text)) {
    if (skill.known) names.add(skill.name);
    if (names.size >= MAX_SKILLS) break;
  }
  return [...names];
}

function describeError(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}

export function normalizePosting(input: unknown, options: NormalizeOptions = {}): NormalizeResult {
  const parsedRaw = rawPosting.safeParse(input);
  const record = input as { source?: unknown; externalId?: unknown } | null;
  const quarantined = (reason: string): NormalizeResult => ({
    quarantined: {
      source: typeof record?.source === 'string' ? record.source : 'unknown',
      externalId: typeof record?.externalId === 'string' ? record.externalId : null,
      reason,
      payload: input,
    },
  });
  if (!parsedRaw.success)
    return quarantined(
      `Not a raw posting: ${parsedRaw.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  const raw = parsedRaw.data;
  try {
    const fetchedAt = options.fetchedAt ?? new Date();
    const title = oneLine(raw.title, 200);
    const companyName = oneLine(raw.companyName, 200);
    if (!title || !companyName) return quarantined('Title or company is empty once cleaned');
    // A posting with no description is still a posting (short ones are real): its title stands in.
    const description = htmlToCleanText(raw.descriptionHtml) || title;
    const remoteType = workArrangement(raw.workplaceHint, raw.locationText, title);
    const locationText = raw.locationText ? oneLine(raw.locationText, 200) : '';
    const location = locationText || (remoteType === 'remote' ? 'Remote' : 'Not specified');
    // A salary field first; without one, the pay the description states after a pay word.
    const salary = parseSalary(raw.salaryStructured) ?? parseSalary(raw.salaryText) ?? salaryInDescription(description);
    const posted = postedDate(raw.postedAt, fetchedAt);
    const fields = {
      source: raw.source,
      externalId: raw.externalId,
      title,
      companyName,
      description,
      location,
      parsedLocation: parseLocation(raw.locationText),
      remoteType,
      jobType: employmentType(raw.employmentTypeHint, title),
      salaryMin: salary?.min == null ? null : Math.round(salary.min),
      salaryMax: salary?.max == null ? null : Math.round(salary.max),
      salaryCurrency: salary?.currency ?? null,
      salaryPeriod: salary?.period ?? null,
      salaryAnnualUsd: salary?.annualUsd ?? null,
      requiredSkills: skillsOf(`${title}\n${description}`),
      requiredYears: Math.min(50, requiredYears(description)),
      postedAt: posted.date,
      applyUrl: raw.applyUrl,
    };
    // An estimated date (the fetch time) changes on every fetch: it stays out of the hash, so a
    // replay of a posting without a date is still "unchanged" and keeps its first-seen date.
    const hash = contentHash({ ...fields, postedAt: posted.estimated ? null : posted.date });
    const checked = normalizedPosting.safeParse({ ...fields, contentHash: hash });
    if (!checked.success)
      return quarantined(
        `Normalized posting invalid: ${checked.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ')}`,
      );
    return checked.data;
  } catch (error) {
    return quarantined(`Normalization failed: ${describeError(error)}`);
  }
}

export const isQuarantined = (result: NormalizeResult): result is { quarantined: QuarantinedRecord } =>
  'quarantined' in result;
