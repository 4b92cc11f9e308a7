/**
 * The deterministic writer: the default, and the stand-in when the language model fails. It only
 * arranges and rewords around profile facts ("Full-Stack Developer with TypeScript, React and
 * PostgreSQL" from the headline and three skill rows); every sentence names the facts it states.
 */
import {
  PERSON_FACT_IDS,
  type CoverLetterContent,
  type FactText,
  type ResumeContent,
  type ResumeSection,
} from '@/lib/validators/documents';
import type { DocumentLength } from '@/lib/validators/document-generation';
import type { DocumentTone } from '@/lib/validators/documents-api';
import type { JobRequirements } from './extract-requirements';
import type { SeekerProfile } from './profile-facts';
import { dateOf } from './profile-facts';
import type { SelectedExperience, SelectedFacts, SelectedSkill } from './select-facts';
import { firstPerson } from './first-person';
import { skillsInText } from './skills-in-text';
import { headlineRole, LABELLED_FIELD, listOf, normalizeName, roleInSentence, sentences } from './words';
import { escapeRegExp } from '@/lib/regexp-escape';

const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

function person(seeker: SeekerProfile): ResumeContent['person'] {
  const { name, email, headline, location, phone, links } = seeker.person;
  return { name, email, headline, location, phone, links };
}

/** Skills to name in running text: the job's required skills the seeker has, else their top skills. */
function featuredSkills(facts: SelectedFacts, max: number): SelectedSkill[] {
  return (facts.matchedRequired.length ? facts.matchedRequired : facts.skills).slice(0, max);
}

/** The seeker's own summary as the resume shows it: its first three sentences. */
function ownSummary(seeker: SeekerProfile): string {
  const summary = seeker.person.summary;
  return summary ? sentences(summary).slice(0, 3).join(' ').slice(0, 1500) : '';
}

/**
 * Whether the text names the skill: as the skill index reads it, or its name word for word. A name
 * of one or two letters only as written and standing alone: "go live" is not Go, nor "R&D" R.
 */
function names(text: string, skill: SelectedSkill): boolean {
  if (!text) return false;
  if (skillsInText(text).some((s) => s.key === skill.key)) return true;
  const short = skill.name.length <= 2;
  const after = short ? '(?![\\p{L}\\p{N}+#&./-])' : '(?![\\p{L}\\p{N}+#])';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(skill.name)}${after}`, short ? 'u' : 'iu').test(text);
}

/** The company named as a whole word: "Meta" is not in "metadata". */
const namesCompany = (text: string, company: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normalizeName(company))}(?![\\p{L}\\p{N}])`, 'u').test(
    normalizeName(text),
  );

/**
 * The lead names the role, the skills the job asks for and the current role, each only when the
 * seeker's own summary, which follows it, does not already say it: "Skilled in SolidWorks and
 * ANSYS. Currently Design Engineer at Kestrel." before a summary naming both read twice (a walk).
 */
function summaryParagraphs(seeker: SeekerProfile, facts: SelectedFacts): FactText[] {
  const paragraphs: FactText[] = [];
  const own = ownSummary(seeker);
  const top = featuredSkills(facts, 4).filter((s) => !names(own, s));
  const lead = facts.experiences.find((e) => e.title);
  const role = seeker.person.headline ? headlineRole(seeker.person.headline) : (lead?.title ?? null);
  const roleFact = seeker.person.headline ? PERSON_FACT_IDS.headline : lead?.factId;
  // The seeker's own summary opening with the same role (an import takes the headline from it):
  // "Backend engineer with Django. … Backend engineer with 9 years …" read twice, seen on a walk.
  const ownOpensWithRole = role !== null && !!own && normalizeName(own).startsWith(normalizeName(role));
  if (role && roleFact && !ownOpensWithRole) {
    const withSkills = top.length ? ` with ${listOf(top.map((s) => s.name))}` : '';
    paragraphs.push({ text: sentence(`${role}${withSkills}`), factIds: [roleFact, ...top.map((s) => s.factId)] });
  } else if (top.length) {
    paragraphs.push({
      text: sentence(`Skilled in ${listOf(top.map((s) => s.name))}`),
      factIds: top.map((s) => s.factId),
    });
  }
  const recent = facts.experiences.find((e) => e.isCurrent && e.title && e.company);
  if (recent?.title && recent.company && !namesCompany(own, recent.company)) {
    // sentence(): a company name may end with its own full stop ("Northwind Inc.").
    paragraphs.push({ text: sentence(`Currently ${recent.title} at ${recent.company}`), factIds: [recent.factId] });
  }
  if (own) paragraphs.push({ text: own, factIds: [PERSON_FACT_IDS.summary] });
  return paragraphs.slice(0, 5);
}

function experienceItem(e: SelectedExperience) {
  return {
    factId: e.factId,
    title: e.title,
    company: e.company,
    location: e.location,
    start: e.start,
    end: e.end,
    isCurrent: e.isCurrent,
    bullets: e.bullets.map((b) => ({ text: b.text.slice(0, 2000), factIds: [b.factId] })),
  };
}

/**
 * A resume lists its roles newest first, whatever their relevance (which chose them): current
 * roles, then by end date, then by start date; undated roles last, in the order they were chosen.
 */
export function newestFirst<T extends Pick<SelectedExperience, 'isCurrent' | 'start' | 'end'>>(
  roles: readonly T[],
): T[] {
  const until = (e: T) => (e.isCurrent ? '9999' : (e.end.date ?? e.start.date ?? ''));
  return roles
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        until(b.e).localeCompare(until(a.e)) || (b.e.start.date ?? '').localeCompare(a.e.start.date ?? '') || a.i - b.i,
    )
    .map(({ e }) => e);
}

export function writeResumeOffline(seeker: SeekerProfile, facts: SelectedFacts): ResumeContent {
  const sections: ResumeSection[] = [];
  const summary = summaryParagraphs(seeker, facts);
  if (summary.length) sections.push({ type: 'summary', title: 'Summary', paragraphs: summary });
  if (facts.experiences.length) {
    sections.push({
      type: 'experience',
      title: 'Experience',
      items: newestFirst(facts.experiences).map(experienceItem),
    });
  }
  if (facts.skills.length) {
    sections.push({
      type: 'skills',
      title: 'Skills',
      items: facts.skills.map((s) => ({ factId: s.factId, name: s.name })),
    });
  }
  if (facts.education.length) {
    sections.push({
      type: 'education',
      title: 'Education',
      items: facts.education.map((e) => ({
        factId: e.id,
        institution: e.institution,
        degree: e.degree,
        fieldOfStudy: e.fieldOfStudy,
        start: dateOf(e.startDate, 'year'),
        end: dateOf(e.endDate, 'year'),
        grade: e.grade,
      })),
    });
  }
  if (facts.projects.length) {
    sections.push({
      type: 'projects',
      title: 'Projects',
      items: facts.projects.map((p) => ({
        factId: p.id,
        name: p.name,
        url: p.url,
        bullets: [...(p.description ? sentences(p.description) : []), ...p.highlights]
          .slice(0, 4)
          .map((text) => ({ text: text.slice(0, 2000), factIds: [p.id] })),
      })),
    });
  }
  if (facts.certifications.length) {
    sections.push({
      type: 'certifications',
      title: 'Certifications',
      items: facts.certifications.map((c) => ({
        factId: c.id,
        name: c.name,
        issuer: c.issuer,
        issuedOn: dateOf(c.issuedOn, c.issuedOnPrecision),
      })),
    });
  }
  return { kind: 'resume', person: person(seeker), sections };
}

/** "As Data Analyst at Initech, I own weekly reporting." when the line reads as the seeker's own words; otherwise quoted as written. */
function achievementSentence(e: SelectedExperience, text: string): string {
  const where =
    e.title && e.company
      ? `As ${e.title} at ${e.company}`
      : e.company
        ? `At ${e.company}`
        : `As ${e.title ?? 'a team member'}`;
  const said = firstPerson(text, e.isCurrent);
  return said ? `${where}, ${sentence(said)}` : `${where}: ${sentence(text)}`;
}

/** "Worked as Java Developer": the role's title again, which the letter already says. */
const RESTATES_TITLE = /^(?:worked|working|work)\s+as\b/i;

/**
 * A role's lines a letter may quote, the best first: full sentences only (at least four words, no
 * labelled field, not the title again), those the seeker's voice can take ("I own…") before those
 * quoted as written.
 */
function letterLines(e: SelectedExperience): string[] {
  const usable = e.bullets
    .map((b) => b.text)
    .filter((t) => !LABELLED_FIELD.test(t) && !RESTATES_TITLE.test(t) && t.split(/\s+/).length >= 4);
  return [...usable.filter((t) => firstPerson(t, e.isCurrent)), ...usable.filter((t) => !firstPerson(t, e.isCurrent))];
}

/** "a Data Analyst", "an Engineering Lead". */
/** "a backend engineer", "an Engineering Manager": the role as it reads inside a sentence. */
const withArticle = (role: string) => `${/^[aeio]/i.test(role) ? 'an' : 'a'} ${roleInSentence(role)}`;

const OPENERS: Record<DocumentTone, (title: string, company: string) => string> = {
  professional: (t, c) => sentence(`I am writing to apply for the ${t} position at ${c}`),
  warm: (t, c) => `I was glad to see the ${t} opening at ${c}, and I would love to be considered.`,
  concise: (t, c) => sentence(`Please consider me for the ${t} role at ${c}`),
};

/**
 * What the length asked for changes in a letter: how many achievements it quotes, how many skills
 * it names, and whether a project and certifications get a paragraph. A detailed letter read
 * barely longer than a standard one (only the facts chosen differed; seen on a walk).
 */
const LETTER: Record<DocumentLength, { achievements: number; skills: number; extras: boolean }> = {
  short: { achievements: 1, skills: 3, extras: false },
  standard: { achievements: 2, skills: 4, extras: false },
  detailed: { achievements: 4, skills: 6, extras: true },
};

/**
 * The best line of each of the most relevant roles, then their second-best lines, and so on: two
 * achievements come from two roles when two roles have one.
 */
function achievementPicks(experiences: readonly SelectedExperience[], max: number) {
  const lines = experiences.map((e) => ({ e, lines: letterLines(e) }));
  const picks: { e: SelectedExperience; text: string }[] = [];
  const deepest = Math.max(0, ...lines.map((l) => l.lines.length));
  for (let k = 0; k < deepest && picks.length < max; k++) {
    for (const { e, lines: ls } of lines) {
      const text = ls[k];
      if (text && picks.length < max) picks.push({ e, text });
    }
  }
  return picks;
}

/**
 * One paragraph per role, in the order the roles were picked: "At Acme, I designed … I also
 * reduced …". One paragraph per line had a detailed letter alternate "At Acme…" / "At Globex…".
 */
function achievementParagraphs(picks: readonly { e: SelectedExperience; text: string }[]): FactText[] {
  const byRole = new Map<string, { e: SelectedExperience; lines: string[] }>();
  for (const { e, text } of picks) {
    const group = byRole.get(e.factId) ?? { e, lines: [] };
    group.lines.push(text);
    byRole.set(e.factId, group);
  }
  return [...byRole.values()].map(({ e, lines }) => {
    const [lead, ...more] = lines;
    const rest = more.map((text) => {
      const said = firstPerson(text, e.isCurrent);
      return said ? sentence(said.replace(/^I /, 'I also ')) : `Also: ${sentence(text)}`;
    });
    return { text: [achievementSentence(e, lead ?? ''), ...rest].join(' '), factIds: [e.factId] };
  });
}

/** A detailed letter's extras: the most relevant project in the seeker's words, and certifications. */
function extraParagraphs(facts: SelectedFacts): FactText[] {
  const out: FactText[] = [];
  const project = facts.projects.find((p) => p.score > 0);
  const said = project && [...(project.description ? sentences(project.description) : []), ...project.highlights][0];
  if (project && said) {
    // An import names a project by the start of its text ("Design and fabrication of a solar…"):
    // "I also worked on <that>: <the same words>" repeated itself.
    const name = project.name.replace(/…$/, '').trim();
    const named = !project.name.endsWith('…') && !said.toLowerCase().startsWith(name.toLowerCase());
    const text = named
      ? `I also worked on ${project.name}: ${sentence(said)}`
      : `One of my projects: ${sentence(said)}`;
    out.push({ text, factIds: [project.id] });
  }
  const certs = facts.certifications.slice(0, 3);
  if (certs.length) {
    const named = certs.map((c) => (c.issuer ? `${c.name} (${c.issuer})` : c.name));
    out.push({ text: sentence(`I hold ${listOf(named)}`), factIds: certs.map((c) => c.id) });
  }
  return out;
}

export function writeCoverLetterOffline(
  seeker: SeekerProfile,
  facts: SelectedFacts,
  req: JobRequirements,
  tone: DocumentTone = 'professional',
  length: DocumentLength = 'standard',
  today = new Date(),
): CoverLetterContent {
  const shape = LETTER[length];
  const paragraphs: FactText[] = [];
  const top = featuredSkills(facts, shape.skills);
  const lead = facts.experiences.find((e) => e.title);
  const role = seeker.person.headline ? headlineRole(seeker.person.headline) : lead?.title;
  const roleFact = seeker.person.headline ? PERSON_FACT_IDS.headline : lead?.factId;
  const why = [OPENERS[tone](req.title, req.company)];
  const whyFacts: string[] = [];
  // "I bring experience with …" only of the job's own required skills the seeker has; with none
  // of them the letter says what the seeker does, and claims no fit it cannot show.
  const fits = facts.matchedRequired.length > 0;
  const skillList = listOf(top.map((s) => s.name));
  if (role && roleFact) {
    why.push(
      fits
        ? `As ${withArticle(role)}, I bring experience with ${skillList}, which this role asks for.`
        : sentence(`I am ${withArticle(role)}${top.length ? ` working with ${skillList}` : ''}`),
    );
    whyFacts.push(roleFact, ...top.map((s) => s.factId));
  } else if (top.length) {
    why.push(fits ? `I bring experience with ${skillList}, which this role asks for.` : `I work with ${skillList}.`);
    whyFacts.push(...top.map((s) => s.factId));
  }
  paragraphs.push({ text: why.join(' '), factIds: whyFacts });

  paragraphs.push(...achievementParagraphs(achievementPicks(facts.experiences, shape.achievements)));
  if (shape.extras) paragraphs.push(...extraParagraphs(facts));

  const closeSkills = top.slice(0, 2);
  const who = closeSkills.length ? `my work with ${listOf(closeSkills.map((s) => s.name))}` : 'I';
  const close = `${sentence(`I would welcome the chance to discuss how ${who} can help ${req.company}`)} Thank you for your consideration.`;
  paragraphs.push({ text: close, factIds: closeSkills.map((s) => s.factId) });

  return {
    kind: 'cover_letter',
    person: person(seeker),
    recipient: { company: req.company.slice(0, 200), jobTitle: req.title.slice(0, 200) },
    date: today.toISOString().slice(0, 10),
    greeting: `Dear ${req.company.slice(0, 170)} hiring team,`,
    paragraphs,
    closing: tone === 'warm' ? 'Warm regards,' : 'Sincerely,',
  };
}
