/**
 * A document as ordered blocks of text, the one reading order every visual format draws (plain text,
 * Markdown, HTML, PDF, DOCX). Keeping the lines identical across formats is what lets one importer
 * read them all back: a role is "Title | Company | Location" then its dates on the next line, a
 * degree is "Degree in Field | Institution", skills are one comma-separated line (spoken languages
 * on their own "Languages: ..." line).
 */
import type {
  CoverLetterContent,
  DocumentContent,
  DocumentTemplate,
  ResumeContent,
  ResumeSection,
} from '@/lib/validators/documents';
import { formatLetterDate } from '@/lib/letter-date';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import { formatDateRange, formatDocumentDate } from './format-dates';
import { displayLink } from '@/lib/display-link';

export type Block =
  | { kind: 'heading'; text: string }
  /** The first line of an entry (a role, a degree, a project, a certificate). */
  | { kind: 'entry'; text: string }
  /** The entry's dates or other small print, on their own line. */
  | { kind: 'meta'; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'paragraph'; text: string };

export interface PlannedSection {
  type: ResumeSection['type'] | 'letter';
  blocks: Block[];
}

export interface DocumentPlan {
  name: string;
  headline: string | null;
  /** Location, phone, email and links, joined with " | " by the formats that show them on one line. */
  contact: string[];
  main: PlannedSection[];
  /** Sections the template puts beside the main column (two-column and sidebar layouts only). */
  side: PlannedSection[];
}

const joinParts = (parts: (string | null | undefined)[]) =>
  parts
    .map((p) => p?.trim())
    .filter((p): p is string => !!p)
    .join(' | ');

/** An entry with nothing to name it (no title, company or location) gets no empty line. */
const entry = (text: string): Block[] => (text ? [{ kind: 'entry', text }] : []);

type Role = Extract<ResumeSection, { type: 'experience' }>['items'][number];

/** "Title | Company | Location", then the dates: the layout résumé readers know best. */
const roleLines = (roles: Role[]): Block[] =>
  roles.flatMap((e): Block[] => {
    const dates = formatDateRange(e.start, e.end, e.isCurrent);
    return [
      ...entry(joinParts([e.title, e.company, e.location])),
      ...(dates ? [{ kind: 'meta', text: dates } as const] : []),
      ...e.bullets.map((b): Block => ({ kind: 'bullet', text: b.text })),
    ];
  });

/**
 * A role missing its title or its employer is ambiguous on one line ("Acme Fitness Club": an
 * employer? a title?), to an ATS and to our importer alike. Such a section is written with labelled
 * fields, each role opening with its employer: explicit for every parser, and still plain to read.
 */
const labelledRole = (roles: Role[]): Block[] =>
  roles.flatMap((e): Block[] => {
    const dates = formatDateRange(e.start, e.end, e.isCurrent);
    const fields = [
      e.company ? `Company: ${e.company}` : null,
      e.title ? `Title: ${e.title}` : null,
      e.location ? `Location: ${e.location}` : null,
      dates ? `Dates: ${dates}` : null,
    ].filter((f): f is string => f !== null);
    const [first, ...rest] = fields;
    return [
      ...(first ? entry(first) : []),
      ...rest.map((text): Block => ({ kind: 'meta', text })),
      ...e.bullets.map((b): Block => ({ kind: 'bullet', text: b.text })),
    ];
  });

type SkillsSection = Extract<ResumeSection, { type: 'skills' }>;

/**
 * Spoken languages apart from the other skills, under a "Languages:" label: a reader (ours, and
 * ATS parsers alike) takes "English" in a plain list for a word, not a skill, unless something
 * says it is a language.
 */
function splitLanguages(section: SkillsSection): { skills: string[]; languages: Block[] } {
  const isLanguage = (name: string) => canonicalizeSkill(name).category === 'language';
  const languages = section.items.filter((s) => isLanguage(s.name)).map((s) => s.name);
  return {
    skills: section.items.filter((s) => !isLanguage(s.name)).map((s) => s.name),
    languages: languages.length ? [{ kind: 'paragraph', text: `Languages: ${languages.join(', ')}` }] : [],
  };
}

function sectionBlocks(section: ResumeSection): Block[] {
  const heading: Block = { kind: 'heading', text: section.title };
  switch (section.type) {
    case 'summary':
      return [heading, ...section.paragraphs.map((p): Block => ({ kind: 'paragraph', text: p.text }))];
    case 'skills': {
      const { skills, languages } = splitLanguages(section);
      return [heading, ...(skills.length ? [{ kind: 'paragraph', text: skills.join(', ') } as const] : []), ...languages];
    }
    case 'experience':
      return [heading, ...(section.items.every((e) => e.title && e.company) ? roleLines : labelledRole)(section.items)];
    case 'education':
      return [
        heading,
        ...section.items.flatMap((e): Block[] => {
          const degree = [e.degree, e.fieldOfStudy].filter(Boolean).join(' in ');
          const dates = formatDateRange(e.start, e.end);
          const small = joinParts([dates, e.grade ? `Grade: ${e.grade}` : null]);
          return [
            ...entry(joinParts([degree, e.institution])),
            ...(small ? [{ kind: 'meta', text: small } as const] : []),
          ];
        }),
      ];
    case 'projects':
      return [
        heading,
        ...section.items.flatMap((p): Block[] => [
          { kind: 'entry', text: joinParts([p.name, p.url]) },
          ...p.bullets.map((b): Block => ({ kind: 'bullet', text: b.text })),
        ]),
      ];
    case 'certifications':
      return [
        heading,
        ...section.items.map((c): Block => ({
          kind: 'entry',
          text: joinParts([c.name, c.issuer, formatDocumentDate(c.issuedOn)]),
        })),
      ];
  }
}

/**
 * Skills in a side column: one per line, as narrow columns show them. It also gives the column
 * enough lines of its own for a PDF reader to see the gutter, rather than a short column whose
 * lines get read as the ends of the main column's lines.
 */
function skillList(section: SkillsSection): Block[] {
  const { skills, languages } = splitLanguages(section);
  return [
    { kind: 'heading', text: section.title },
    ...skills.map((name): Block => ({ kind: 'paragraph', text: name })),
    ...languages,
  ];
}

/** Template order and visibility; a section the template does not list keeps its place at the end. */
function planResume(content: ResumeContent, template: DocumentTemplate): Pick<DocumentPlan, 'main' | 'side'> {
  const byType = new Map(template.sections.map((s) => [s.type, s]));
  const ordered = content.sections
    .map((section, index) => ({ section, index, conf: byType.get(section.type) }))
    .filter(({ conf }) => conf?.visible !== false)
    .sort((a, b) => (a.conf?.order ?? 100 + a.index) - (b.conf?.order ?? 100 + b.index));
  const columns = template.layout !== 'single-column';
  const main: PlannedSection[] = [];
  const side: PlannedSection[] = [];
  for (const { section, conf } of ordered) {
    const inSide = columns && conf?.column === 'side';
    const blocks = inSide && section.type === 'skills' ? skillList(section) : sectionBlocks(section);
    if (blocks.length <= 1 && section.type !== 'summary') continue;
    (inSide ? side : main).push({ type: section.type, blocks });
  }
  return { main, side };
}

function planLetter(content: CoverLetterContent): PlannedSection[] {
  const date = formatLetterDate(content.date);
  // One section per part of the letter, so every format spaces them as a letter is spaced: the
  // date and subject lines, the greeting, each paragraph, then the closing with the name under it.
  const part = (...blocks: Block[]): PlannedSection => ({ type: 'letter', blocks });
  return [
    part(
      { kind: 'meta', text: date },
      { kind: 'entry', text: `${content.recipient.company}` },
      { kind: 'meta', text: `Re: ${content.recipient.jobTitle}` },
    ),
    part({ kind: 'paragraph', text: content.greeting }),
    ...content.paragraphs.map((p) => part({ kind: 'paragraph', text: p.text })),
    part({ kind: 'paragraph', text: content.closing }, { kind: 'paragraph', text: content.person.name }),
  ];
}

export function planDocument(content: DocumentContent, template: DocumentTemplate): DocumentPlan {
  const { person } = content;
  const contact = [person.location, person.phone, person.email, ...(person.links ?? []).map(displayLink)].filter(
    (p): p is string => !!p?.trim(),
  );
  const base = { name: person.name, headline: person.headline, contact };
  if (content.kind === 'cover_letter') return { ...base, main: planLetter(content), side: [] };
  return { ...base, ...planResume(content, template) };
}

/**
 * Formats without columns (plain text, Markdown) read a two-column template top to bottom in the
 * template's section order, as if it had one column: skills stay one comma-separated line.
 */
export const oneColumn = (template: DocumentTemplate): DocumentTemplate => ({ ...template, layout: 'single-column' });

/** Every line of text the plan draws, the name first: what a renderer's fonts must cover. */
export function planText(plan: DocumentPlan): string {
  const blocks = [...plan.main, ...plan.side].flatMap((s) => s.blocks.map((b) => b.text));
  return [plan.name, plan.headline ?? '', ...plan.contact, ...blocks].join('\n');
}
