/**
 * The truthfulness validator. Runs on every version before it is stored (generated or edited):
 * every employer, title, date, degree, institution, skill, certification and number must trace
 * to a profile fact. Structured fields are compared with the row their item cites and the
 * profile's value is kept (an invented "Google" or an inflated "VP of Engineering" is reported
 * and replaced); items citing no fact of the seeker are dropped; free text goes through
 * checkFactText. Returns the cleaned content and the list of what was removed.
 */
import {
  PERSON_FACT_IDS,
  type DocumentContent,
  type DocumentDate,
  type FactText,
  type ResumeSection,
} from '@/lib/validators/documents';
import type { DocumentRemoval } from '@/lib/validators/documents-api';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import { dateOf, type FactIndex, type SeekerProfile } from './profile-facts';
import { checkFactText, type TextContext } from './validate-text';
import { normalizeName } from './words';

export interface ValidationResult {
  content: DocumentContent;
  removals: DocumentRemoval[];
}

type Profile = SeekerProfile['profile'];

class Checker {
  readonly removals: DocumentRemoval[] = [];
  constructor(readonly ctx: TextContext) {}

  /** The profile's value; a different non-empty value in the document is reported. */
  field(path: string, value: string | null | undefined, truth: string | null, what: string): string | null {
    if (value && normalizeName(value) !== normalizeName(truth)) {
      this.removals.push({
        path,
        value: value.slice(0, 2000),
        reason: truth ? `This ${what} is not in your profile; yours is "${truth}".` : `Your profile has no ${what} here.`,
      });
    }
    return truth;
  }

  date(path: string, value: DocumentDate | undefined, truth: DocumentDate): DocumentDate {
    if (value?.date && value.date !== truth.date) {
      this.removals.push({ path, value: value.date, reason: `This date is not in your profile; yours is ${truth.date ?? 'not given'}.` });
    }
    return truth;
  }

  texts(items: FactText[], path: string): FactText[] {
    const out: FactText[] = [];
    items.forEach((item, i) => {
      const r = checkFactText(item.text, item.factIds, `${path}.${i}`, this.ctx);
      this.removals.push(...r.removals);
      if (r.text) out.push({ text: r.text, factIds: r.factIds });
    });
    return out;
  }

  /** The row an item cites, or null (the whole item is then dropped and reported). */
  row<T extends { id: string }>(rows: T[], factId: string, path: string, label: string, what: string): T | null {
    const row = rows.find((r) => r.id === factId);
    if (!row) this.removals.push({ path, value: label.slice(0, 2000), reason: `This ${what} is not in your profile.` });
    return row ?? null;
  }
}

function checkSection(s: ResumeSection, i: number, profile: Profile, c: Checker, index: FactIndex): ResumeSection | null {
  const base = `sections.${i}`;
  switch (s.type) {
    case 'summary': {
      const paragraphs = c.texts(s.paragraphs, `${base}.paragraphs`);
      return paragraphs.length ? { ...s, paragraphs } : null;
    }
    case 'experience': {
      const items = s.items.flatMap((item, j) => {
        const p = `${base}.items.${j}`;
        const row = c.row(profile.experience, item.factId, p, [item.title, item.company].filter(Boolean).join(' at '), 'role');
        if (!row) return [];
        return [
          {
            factId: row.id,
            title: c.field(`${p}.title`, item.title, row.title, 'job title'),
            company: c.field(`${p}.company`, item.company, row.company, 'employer'),
            location: c.field(`${p}.location`, item.location, row.location, 'location'),
            start: c.date(`${p}.start`, item.start, dateOf(row.startDate, row.startPrecision)),
            end: c.date(`${p}.end`, item.end, dateOf(row.endDate, row.endPrecision)),
            isCurrent: row.isCurrent,
            bullets: c.texts(item.bullets, `${p}.bullets`),
          },
        ];
      });
      return items.length ? { ...s, items } : null;
    }
    case 'skills': {
      const seen = new Set<string>();
      const items = s.items.flatMap((item, j) => {
        const key = canonicalizeSkill(item.name).key;
        const row = profile.skills.find((r) => r.id === item.factId && canonicalizeSkill(r.name).key === key);
        // A skill the seeker has, cited by the wrong id, still traces: point it at its own row.
        const id = row?.id ?? index.skillIds.get(key);
        if (!id) {
          c.removals.push({ path: `${base}.items.${j}`, value: item.name, reason: `"${item.name}" is not one of your skills.` });
          return [];
        }
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ factId: id, name: item.name }];
      });
      return items.length ? { ...s, items } : null;
    }
    case 'education': {
      const items = s.items.flatMap((item, j) => {
        const p = `${base}.items.${j}`;
        const row = c.row(profile.education, item.factId, p, [item.degree, item.institution].filter(Boolean).join(', '), 'education');
        if (!row) return [];
        return [
          {
            factId: row.id,
            institution: c.field(`${p}.institution`, item.institution, row.institution, 'institution'),
            degree: c.field(`${p}.degree`, item.degree, row.degree, 'degree'),
            fieldOfStudy: c.field(`${p}.fieldOfStudy`, item.fieldOfStudy, row.fieldOfStudy, 'field of study'),
            start: c.date(`${p}.start`, item.start, dateOf(row.startDate, 'year')),
            end: c.date(`${p}.end`, item.end, dateOf(row.endDate, 'year')),
            grade: c.field(`${p}.grade`, item.grade, row.grade, 'grade'),
          },
        ];
      });
      return items.length ? { ...s, items } : null;
    }
    case 'projects': {
      const items = s.items.flatMap((item, j) => {
        const p = `${base}.items.${j}`;
        const row = c.row(profile.projects, item.factId, p, item.name, 'project');
        if (!row) return [];
        return [
          {
            factId: row.id,
            name: c.field(`${p}.name`, item.name, row.name, 'project name') ?? row.name,
            url: c.field(`${p}.url`, item.url, row.url, 'link'),
            bullets: c.texts(item.bullets, `${p}.bullets`),
          },
        ];
      });
      return items.length ? { ...s, items } : null;
    }
    case 'certifications': {
      const items = s.items.flatMap((item, j) => {
        const p = `${base}.items.${j}`;
        const row = c.row(profile.certifications, item.factId, p, item.name, 'certification');
        if (!row) return [];
        return [
          {
            factId: row.id,
            name: c.field(`${p}.name`, item.name, row.name, 'certification') ?? row.name,
            issuer: c.field(`${p}.issuer`, item.issuer, row.issuer, 'issuer'),
            issuedOn: c.date(`${p}.issuedOn`, item.issuedOn, dateOf(row.issuedOn, row.issuedOnPrecision)),
          },
        ];
      });
      return items.length ? { ...s, items } : null;
    }
  }
}

function checkPerson(person: DocumentContent['person'], seeker: SeekerProfile, c: Checker): DocumentContent['person'] {
  const places = [
    seeker.person.location,
    ...seeker.profile.experience.map((e) => e.location),
    ...seeker.profile.preferences.locations,
  ].filter((l): l is string => !!l);
  let location = person.location;
  if (location && !places.some((l) => normalizeName(l) === normalizeName(location))) {
    c.removals.push({ path: 'person.location', value: location, reason: 'This location is not in your profile.' });
    location = null;
  }
  return {
    name: c.field('person.name', person.name, seeker.person.name, 'name') ?? seeker.person.name,
    email: person.email === null ? null : c.field('person.email', person.email, seeker.person.email, 'email'),
    headline: person.headline === null ? null : c.field('person.headline', person.headline, seeker.person.headline, 'headline'),
    location,
    phone: person.phone === null ? null : c.field('person.phone', person.phone, seeker.person.phone, 'phone'),
    links: person.links.filter((link) => {
      if (seeker.person.links.includes(link)) return true;
      c.removals.push({ path: 'person.links', value: link, reason: 'This link is not in your profile.' });
      return false;
    }),
  };
}

export function validateTruthfulness(
  content: DocumentContent,
  index: FactIndex,
  job: { title: string; company: string } | null,
): ValidationResult {
  const c = new Checker({ index, jobNames: job ? [job.title, job.company] : [] });
  const person = checkPerson(content.person, index.seeker, c);
  if (content.kind === 'resume') {
    const resume = content;
    const sections = resume.sections
      .map((s, i) => checkSection(s, i, index.seeker.profile, c, index))
      .filter((s): s is ResumeSection => s !== null);
    return { content: { ...resume, person, sections }, removals: c.removals };
  }
  const letter = content;
  const truth = job ?? { title: letter.recipient.jobTitle, company: letter.recipient.company };
  const recipient = {
    company: c.field('recipient.company', letter.recipient.company, truth.company, 'company') ?? truth.company,
    jobTitle: c.field('recipient.jobTitle', letter.recipient.jobTitle, truth.title, 'job title') ?? truth.title,
  };
  const paragraphs = c.texts(letter.paragraphs, 'paragraphs');
  const [greeting] = c.texts([{ text: letter.greeting, factIds: [] }], 'greeting');
  const [closing] = c.texts([{ text: letter.closing, factIds: [PERSON_FACT_IDS.name] }], 'closing');
  return {
    content: {
      ...letter,
      person,
      recipient,
      greeting: greeting?.text ?? 'Dear hiring team,',
      closing: closing?.text ?? 'Sincerely,',
      // The schema needs one paragraph; when nothing traced the letter says only what the job row does.
      paragraphs: paragraphs.length
        ? paragraphs
        : [{ text: `I am writing to apply for the ${recipient.jobTitle} position at ${recipient.company}.`, factIds: [] }],
    },
    removals: c.removals,
  };
}
