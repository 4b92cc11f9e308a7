/**
 * The parts of a resume the profile has no place for: activities, awards that are not
 * certificates, interests, and personal attributes ("Quick learner"). The import cannot keep them,
 * so the review lists them with their lines, for the user to copy what matters into their summary,
 * a role or a project before saving, instead of losing them without a word. Personal details (a
 * birth date, a father's name) are left out on purpose and not offered back; nor are references.
 */
import { z } from 'zod';
import type { ResumeDraft } from '@/lib/validators/resume';
import type { Section } from './sections';

/** A heading as the resume writes it, and its lines (the draft's schema). */
export type LeftOutSection = ResumeDraft['leftOut'][number];

/** A "personal" heading about the person's qualities, not their data. */
const TRAITS = /attribute|trait|qualit|strength/i;
const BULLET = /^[\s•·▪◦●■□➢❖✓✔*>-]+/u;
const MAX_LINES = 40;
const MAX_LINE = 500;

export function leftOutSections(sections: readonly Section[], takenLines: ReadonlySet<number>): LeftOutSection[] {
  const out: LeftOutSection[] = [];
  for (const s of sections) {
    if (!s.heading) continue;
    const kept = s.name === 'awards' || s.name === 'interests' || (s.name === 'personal' && TRAITS.test(s.heading));
    if (!kept) continue;
    const lines = s.lines
      .filter((l) => !takenLines.has(l.line))
      .map((l) => l.text.replace(BULLET, '').replace(/\s+/g, ' ').trim().slice(0, MAX_LINE))
      .filter((t) => /[\p{L}\p{N}]/u.test(t))
      .slice(0, MAX_LINES);
    if (lines.length > 0) out.push({ heading: s.heading.trim(), lines });
  }
  return out;
}

const text = z.string().optional().catch(undefined);
/** Each entry read leniently: a malformed one is skipped, as JSON Resume's other extras are. */
const entries = <T extends z.ZodRawShape>(shape: T) =>
  z.array(z.object(shape).nullable().catch(null)).optional().catch(undefined);
const jsonResumeLeftOut = z.object({
  awards: entries({ title: text, awarder: text, date: text, summary: text }),
  volunteer: entries({ organization: text, position: text, summary: text }),
  publications: entries({ name: text, publisher: text, releaseDate: text }),
  interests: entries({ name: text, keywords: z.array(z.string()).optional().catch(undefined) }),
});

const line = (...parts: (string | undefined)[]) =>
  parts
    .filter((p): p is string => !!p?.trim())
    .join(', ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_LINE);

/** The same for a JSON Resume file: its awards, volunteering, publications and interests. */
export function leftOutOfJsonResume(input: unknown): LeftOutSection[] {
  const parsed = jsonResumeLeftOut.safeParse(input);
  if (!parsed.success) return [];
  const d = parsed.data;
  const sections: [string, string[]][] = [
    ['Awards', (d.awards ?? []).map((a) => line(a?.title, a?.awarder, a?.date, a?.summary))],
    ['Volunteering', (d.volunteer ?? []).map((v) => line(v?.position, v?.organization, v?.summary))],
    ['Publications', (d.publications ?? []).map((p) => line(p?.name, p?.publisher, p?.releaseDate))],
    ['Interests', (d.interests ?? []).map((i) => line(i?.name, ...(i?.keywords ?? [])))],
  ];
  return sections.flatMap(([heading, lines]) => {
    const kept = lines.filter(Boolean).slice(0, MAX_LINES);
    return kept.length > 0 ? [{ heading, lines: kept }] : [];
  });
}
