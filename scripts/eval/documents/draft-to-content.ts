/**
 * A parsed resume (ResumeDraft) -> the generated-document shape, for the round trip when no
 * generator output is at hand: the facts as the importer read them, in the order it read them,
 * clipped to the document schema's sizes. Roles with neither a title nor an employer are left
 * out (there is nothing to name them by), as a generator would.
 */
import { resumeContent, type ResumeContent, type ResumeSection } from '@/lib/validators/documents';
import type { ResumeDraft } from '@/lib/validators/resume';

type DatePrecision = 'day' | 'month' | 'year' | 'unknown';
const clip = (s: string | null | undefined, max: number) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim().slice(0, max).trim();
  return t || null;
};
/** The draft writes "-01-01" when only the year is known; education and certificates carry no precision. */
const guessed = (date: string | null) => ({
  date,
  precision: (!date ? 'unknown' : date.endsWith('-01-01') ? 'year' : 'month') as DatePrecision,
});
const withPrecision = (date: string | null, precision: DatePrecision) => ({
  date: precision === 'unknown' ? null : date,
  precision: date ? precision : 'unknown',
});
const bullets = (texts: string[], id: string, max: number) =>
  texts
    .flatMap((t) => {
      const text = clip(t, 2000);
      return text ? [{ text, factIds: [id] }] : [];
    })
    .slice(0, max);

export function draftToContent(draft: ResumeDraft, fallbackName: string): ResumeContent {
  const sections: ResumeSection[] = [];
  const summary = clip(draft.summary?.value, 2000);
  if (summary)
    sections.push({ type: 'summary', title: 'Summary', paragraphs: [{ text: summary, factIds: ['person:summary'] }] });
  const roles = draft.experience
    .map((e) => e.value)
    .filter((r) => r.title.trim() || r.company.trim())
    .slice(0, 30);
  if (roles.length)
    sections.push({
      type: 'experience',
      title: 'Experience',
      items: roles.map((r, i) => ({
        factId: `exp-${i}`,
        title: clip(r.title, 200),
        company: clip(r.company, 200),
        location: clip(r.location, 200),
        start: withPrecision(r.startDate, r.startPrecision),
        end: withPrecision(r.endDate, r.endPrecision),
        isCurrent: r.isCurrent,
        bullets: bullets([...(r.description ? [r.description] : []), ...r.achievements], `exp-${i}`, 30),
      })),
    });
  const skills = draft.skills
    .map((s) => clip(s.value.name, 100))
    .filter((s): s is string => !!s)
    .slice(0, 100);
  if (skills.length)
    sections.push({
      type: 'skills',
      title: 'Skills',
      items: skills.map((name, i) => ({ factId: `skill-${i}`, name })),
    });
  const education = draft.education
    .map((e) => e.value)
    .filter((e) => e.degree.trim() || e.institution.trim())
    .slice(0, 20);
  if (education.length)
    sections.push({
      type: 'education',
      title: 'Education',
      items: education.map((e, i) => ({
        factId: `edu-${i}`,
        institution: clip(e.institution, 200),
        degree: clip(e.degree, 200),
        fieldOfStudy: clip(e.fieldOfStudy, 200),
        start: guessed(e.startDate),
        end: guessed(e.endDate),
        grade: null,
      })),
    });
  const projects = draft.projects
    .map((p) => p.value)
    .filter((p) => clip(p.name, 200))
    .slice(0, 20);
  if (projects.length)
    sections.push({
      type: 'projects',
      title: 'Projects',
      items: projects.map((p, i) => ({
        factId: `proj-${i}`,
        name: clip(p.name, 200) ?? '',
        url: clip(p.url, 500),
        bullets: bullets([...(p.description ? [p.description] : []), ...p.highlights], `proj-${i}`, 20),
      })),
    });
  const certificates = draft.certifications
    .map((c) => c.value)
    .filter((c) => clip(c.name, 200))
    .slice(0, 30);
  if (certificates.length)
    sections.push({
      type: 'certifications',
      title: 'Certifications',
      items: certificates.map((c, i) => ({
        factId: `cert-${i}`,
        name: clip(c.name, 200) ?? '',
        issuer: clip(c.issuer, 200),
        issuedOn: guessed(c.date),
      })),
    });
  return resumeContent.parse({
    kind: 'resume',
    person: {
      name: clip(draft.contact.fullName?.value, 200) ?? fallbackName,
      email: clip(draft.contact.email?.value, 255),
      headline: clip(draft.headline?.value, 255),
      location: clip(draft.contact.location?.value, 200),
    },
    sections,
  });
}
