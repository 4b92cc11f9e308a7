import { contactLocationText, linkText, MAX_LINKS, phoneText } from '@/lib/validators/contact';
import type { DatePrecision, SkillCategory } from '@/lib/validators/enums';
import { formatPartialDate, typedPartialDate } from '@/lib/partial-date';
import type { GUESSABLE_ROLE_FIELDS, ResumeDraft, ResumeSource } from '@/lib/validators/resume';
import type { CommitResumeImportInput } from '@/lib/validators/resume-import';

interface Meta {
  include: boolean;
  confidence: number;
  source: ResumeSource;
}
export interface SkillRow extends Meta {
  name: string;
  category: SkillCategory;
  proficiencyLevel: string;
  yearsOfExperience: string;
}
export interface RoleRow extends Meta {
  title: string;
  company: string;
  location: string;
  /** "2019", "2019-03" or "2019-03-14": as precise as the resume was. */
  start: string;
  end: string;
  isCurrent: boolean;
  durationMonths: string;
  description: string;
  achievements: string;
  /** Fields the parser inferred: shown as "check this". */
  guessed: (typeof GUESSABLE_ROLE_FIELDS)[number][];
}
export interface SchoolRow extends Meta {
  institution: string;
  degree: string;
  fieldOfStudy: string;
  startDate: string;
  endDate: string;
}
export interface ProjectRow extends Meta {
  name: string;
  description: string;
  url: string;
  startDate: string;
  endDate: string;
  highlights: string;
  nameGuessed: boolean;
}
export interface CertificationRow extends Meta {
  name: string;
  issuer: string;
  issuedOn: string;
}
export interface DraftRows {
  headline: string;
  summary: string;
  phone: string;
  location: string;
  /** One address a line. */
  links: string;
  skills: SkillRow[];
  experience: RoleRow[];
  education: SchoolRow[];
  projects: ProjectRow[];
  certifications: CertificationRow[];
}

/** Low-confidence skills and schools start unticked: the user opts in rather than cleaning up. */
export const INCLUDE_AT = 0.5;

export function draftToRows(d: ResumeDraft): DraftRows {
  const meta = (x: { confidence: number; source: ResumeSource }, include = x.confidence >= INCLUDE_AT): Meta => ({
    include,
    confidence: x.confidence,
    source: x.source,
  });
  return {
    headline: d.headline?.value ?? '',
    summary: d.summary?.value ?? '',
    // Only what the profile would take: a misread phone number or address must not block the
    // save of everything else (the user can still type it in).
    phone: phoneText.safeParse(d.contact.phone?.value ?? '').success ? (d.contact.phone?.value ?? '') : '',
    location: contactLocationText.safeParse(d.contact.location?.value ?? '').success
      ? (d.contact.location?.value ?? '')
      : '',
    links: d.contact.links
      .map((l) => l.value)
      .filter((l) => linkText.safeParse(l).success)
      .slice(0, MAX_LINKS)
      .join('\n'),
    // A resume rarely says how long each skill was used: 0 is "not given" (the profile shows no
    // years), never a made-up figure. The level is the middle of the scale, for the seeker to change.
    skills: d.skills.map(({ value: { level, years, ...value }, ...s }) => ({
      ...meta(s),
      ...value,
      // The level the resume gave (a language's "native"), else the middle of the scale.
      proficiencyLevel: String(level ?? 3),
      // The years its skills line states ("Python- Experience - 34 months"), else 0: not given.
      yearsOfExperience: String(years ?? 0),
    })),
    // Every role starts ticked, however little was read of it: it is the seeker's history, and a
    // missing title or date is for them to fill in (the row says so), not a reason to drop it.
    experience: d.experience.map((e) => ({
      ...meta(e, true),
      title: e.value.title,
      company: e.value.company,
      location: e.value.location ?? '',
      start: formatPartialDate(e.value.startDate, e.value.startPrecision),
      end: formatPartialDate(e.value.endDate, e.value.endPrecision),
      isCurrent: e.value.isCurrent,
      durationMonths: e.value.durationMonths === null ? '' : String(e.value.durationMonths),
      description: e.value.description ?? '',
      achievements: e.value.achievements.join('\n'),
      guessed: e.value.guessed,
    })),
    education: d.education.map((e) => ({
      ...meta(e),
      ...e.value,
      fieldOfStudy: e.value.fieldOfStudy ?? '',
      // Typed text, as a role's dates: an education date stored as 1 January is a year ("2011").
      startDate: formatPartialDate(e.value.startDate ?? null, schoolPrecision(e.value.startDate)),
      endDate: formatPartialDate(e.value.endDate ?? null, schoolPrecision(e.value.endDate)),
    })),
    projects: d.projects.map((p) => ({
      ...meta(p, true),
      name: p.value.name,
      description: p.value.description ?? '',
      url: p.value.url ?? '',
      startDate: p.value.startDate ?? '',
      endDate: p.value.endDate ?? '',
      highlights: p.value.highlights.join('\n'),
      nameGuessed: p.value.nameGuessed,
    })),
    certifications: d.certifications.map((c) => ({
      ...meta(c, true),
      name: c.value.name,
      issuer: c.value.issuer ?? '',
      issuedOn: formatPartialDate(c.value.date, c.value.precision),
    })),
  };
}

const lines = (text: string) => text.split('\n');

/** Education dates carry no precision: the parser writes a bare year as 1 January. */
const schoolPrecision = (date: string | null | undefined): DatePrecision =>
  date && /-01-01$/.test(date) ? 'year' : 'month';

/** The ticked rows as the commit input, plus each input index's row index (to place errors). */
export function rowsToCommit(rows: DraftRows): { input: CommitResumeImportInput; rowOf: Record<string, number[]> } {
  const pick = <R extends Meta>(list: R[]) => list.map((r, i) => [r, i] as const).filter(([r]) => r.include);
  const skills = pick(rows.skills);
  const roles = pick(rows.experience);
  const schools = pick(rows.education);
  const projects = pick(rows.projects);
  const certifications = pick(rows.certifications);
  return {
    input: {
      headline: rows.headline,
      summary: rows.summary,
      phone: rows.phone,
      location: rows.location,
      links: lines(rows.links)
        .map((l) => l.trim())
        .filter(Boolean),
      skills: skills.map(([s]) => ({
        name: s.name,
        category: s.category,
        proficiencyLevel: s.proficiencyLevel,
        yearsOfExperience: s.yearsOfExperience,
      })),
      experience: roles.map(([e]) => {
        const start = typedPartialDate(e.start);
        const end = e.isCurrent ? { date: null, precision: 'unknown' as const } : typedPartialDate(e.end);
        return {
          title: e.title,
          company: e.company,
          location: e.location,
          startDate: start.date,
          startPrecision: start.precision,
          endDate: end.date,
          endPrecision: end.precision,
          isCurrent: e.isCurrent,
          durationMonths: e.durationMonths.trim() === '' ? null : e.durationMonths,
          description: e.description,
          achievements: lines(e.achievements),
        };
      }),
      education: schools.map(([e]) => ({
        institution: e.institution,
        degree: e.degree,
        fieldOfStudy: e.fieldOfStudy,
        startDate: typedPartialDate(e.startDate).date,
        endDate: typedPartialDate(e.endDate).date,
      })),
      projects: projects.map(([p]) => ({
        name: p.name,
        description: p.description,
        url: p.url,
        startDate: p.startDate,
        endDate: p.endDate,
        highlights: lines(p.highlights),
      })),
      certifications: certifications.map(([c]) => {
        const issued = typedPartialDate(c.issuedOn);
        return { name: c.name, issuer: c.issuer, issuedOn: issued.date, issuedOnPrecision: issued.precision };
      }),
    },
    rowOf: {
      skills: skills.map(([, i]) => i),
      experience: roles.map(([, i]) => i),
      education: schools.map(([, i]) => i),
      projects: projects.map(([, i]) => i),
      certifications: certifications.map(([, i]) => i),
    },
  };
}
