/**
 * The facts the round trip must keep, as comparable strings per field: employers, titles, role
 * dates (to the month, or the year when only the year is known; "present" for a current role),
 * degrees, institutions (with education years) and listed skills (by canonical key). Scored as multisets:
 * a fact read back twice counts once against the truth.
 */
import type { ResumeContent, ResumeSection } from '@/lib/validators/documents';
import type { ResumeDraft } from '@/lib/validators/resume';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';

export const FIELDS = ['employer', 'title', 'dates', 'degree', 'institution', 'skill'] as const;
export type Field = (typeof FIELDS)[number];
export type Facts = Record<Field, string[]>;

/** Case, spacing, accents and trailing punctuation are presentation, not facts. */
export const norm = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s,.;:|–—-]+|[\s,.;:|–—-]+$/g, '')
    .trim();

const dateKey = (date: string | null, precision: string) =>
  !date || precision === 'unknown' ? '' : date.slice(0, precision === 'year' ? 4 : 7);
const range = (start: string, end: string) => (start || end ? `${start}..${end}` : '');
const nonEmpty = (values: string[]) => values.filter(Boolean);

type Section<T extends ResumeSection['type']> = Extract<ResumeSection, { type: T }>;
const sectionOf = <T extends ResumeSection['type']>(c: ResumeContent, type: T) =>
  c.sections.find((s): s is Section<T> => s.type === type);

export function contentFacts(content: ResumeContent): Facts {
  const roles = sectionOf(content, 'experience')?.items ?? [];
  const education = sectionOf(content, 'education')?.items ?? [];
  return {
    employer: nonEmpty(roles.map((r) => norm(r.company))),
    title: nonEmpty(roles.map((r) => norm(r.title))),
    dates: nonEmpty(
      roles.map((r) =>
        range(dateKey(r.start.date, r.start.precision), r.isCurrent ? 'present' : dateKey(r.end.date, r.end.precision)),
      ),
    ),
    degree: nonEmpty(education.map((e) => norm(e.degree))),
    institution: nonEmpty(education.map((e) => norm(e.institution))),
    skill: [...new Set((sectionOf(content, 'skills')?.items ?? []).map((s) => canonicalizeSkill(s.name).key))],
  };
}

/**
 * The importer also finds skills named in bullets and the summary (a generated resume names more
 * than its tailored Skills list); those are facts of the prose, not of the list, so the skills read
 * back are the ones it read in a Skills or Languages section, as the document's skills are its list.
 */
const LISTED = new Set(['skills', 'languages']);

export function draftFacts(draft: ResumeDraft): Facts {
  const roles = draft.experience.map((e) => e.value);
  const education = draft.education.map((e) => e.value);
  return {
    employer: nonEmpty(roles.map((r) => norm(r.company))),
    title: nonEmpty(roles.map((r) => norm(r.title))),
    dates: nonEmpty(
      roles.map((r) =>
        range(dateKey(r.startDate, r.startPrecision), r.isCurrent ? 'present' : dateKey(r.endDate, r.endPrecision)),
      ),
    ),
    degree: nonEmpty(education.map((e) => norm(e.degree))),
    institution: nonEmpty(education.map((e) => norm(e.institution))),
    skill: [
      ...new Set(draft.skills.filter((s) => LISTED.has(s.source.section)).map((s) => canonicalizeSkill(s.value.name).key)),
    ],
  };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Multiset match of one field; misses (truth not read back) and extras (read back, not true) for the report. */
export function compare(truth: string[], read: string[]): Counts & { missed: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const t of truth) left.set(t, (left.get(t) ?? 0) + 1);
  const extra: string[] = [];
  for (const r of read) {
    const n = left.get(r) ?? 0;
    if (n > 0) left.set(r, n - 1);
    else extra.push(r);
  }
  const missed = [...left].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { tp: read.length - extra.length, fp: extra.length, fn: missed.length, missed, extra };
}

export const add = (into: Counts, c: Counts) => {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
};

const round = (n: number) => Math.round(n * 1000) / 1000;
export const scores = (c: Counts) => ({
  recall: round(c.tp / Math.max(1, c.tp + c.fn)),
  precision: round(c.tp / Math.max(1, c.tp + c.fp)),
  ...c,
});
