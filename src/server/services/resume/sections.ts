/**
 * Splits resume lines into sections by their headings: standalone lines ("EXPERIENCE", "Work History:",
 * "Education Details") and inline ones ("Skills * Programming Languages: Python, …", "TECHNICAL SKILLS •
 * Java"), case-insensitive. Text before the first heading is the "header" (name, contact, headline).
 */
import { BULLET } from './normalize-text';
import { looseHeading } from './loose-heading';
import { HEADING_PHRASES, type CanonicalSection } from './section-headings';
import { escapeRegExp as escape } from '@/lib/regexp-escape';

export type SectionName = CanonicalSection | 'header';

export interface SectionLine {
  /** 0-based line number in the normalized text. */
  line: number;
  /** The content (for an inline heading, the part after it). */
  text: string;
}

export interface Section {
  name: SectionName;
  /** The heading as written, null for the header. */
  heading: string | null;
  lines: SectionLine[];
}

const PHRASES = HEADING_PHRASES;
/** Longest first, so "technical skills" wins over "skills". */
const SORTED = [...PHRASES.keys()].sort((a, b) => b.length - a.length);
const INLINE = new RegExp(
  String.raw`^(${SORTED.map(escape).join('|')})(\s*[:*•|–—-]+\s*|\s{2,}|\s+(?=[A-Z(]))(.*)$`,
  'i',
);

interface HeadingMatch {
  name: CanonicalSection;
  heading: string;
  rest: string;
}

/**
 * A heading on this line, standalone or followed by inline content; null for an ordinary line.
 * `within`: the section the line is in, when known (see loose-heading.ts).
 */
export function matchHeading(line: string, within?: SectionName): HeadingMatch | null {
  const cleaned = line.replace(BULLET, '').trim();
  const bare = cleaned.replace(/[\s:.\-–—]+$/, '').replace(/\s+/g, ' ');
  const standalone = PHRASES.get(bare.toLowerCase()) ?? looseHeading(bare, /:\s*$/.test(cleaned), within);
  if (standalone) return { name: standalone, heading: bare, rest: '' };
  const m = INLINE.exec(cleaned);
  if (!m?.[1] || m[2] === undefined || m[3] === undefined) return null;
  const heading = m[1];
  const separated = /[:*•|–—-]|\s{2,}/.test(m[2]);
  // Without punctuation, only a Title/UPPER case multi-word heading counts ("Technical Skills Java…"),
  // so a sentence such as "Experience in Java" or "Education is…" is not taken for a heading.
  const titled = heading.includes(' ') && /^[A-Z]/.test(heading) && heading.split(' ').every((w) => /^[A-Z&/]/.test(w));
  const upper = heading === heading.toUpperCase() && /[A-Z]/.test(heading);
  if (!separated && !titled && !upper) return null;
  const name = PHRASES.get(heading.toLowerCase());
  return name ? { name, heading, rest: m[3].trim() } : null;
}

/**
 * "company - Acme Ltd": the labelled field that opens a role in a "Company Details" block. A role's
 * description may list its projects under "Project:"; the next employer's field ends that list,
 * which had made the employer a project named "company".
 */
// Spaces around the hyphen: "Company-wide rollout" in a project's text opens nothing.
const EMPLOYER_FIELD = /^company\s+-\s+\S/i;

export function splitSections(lines: readonly string[]): Section[] {
  const sections: Section[] = [{ name: 'header', heading: null, lines: [] }];
  lines.forEach((text, line) => {
    const current = sections.at(-1);
    const heading = text.trim() ? matchHeading(text, current?.name) : null;
    // Inside Skills, "Languages: Java, Go" or "Tools: …" label a sub-list; only a heading on its own
    // line (or in capitals) leaves the section.
    if (
      !heading &&
      current &&
      current.name !== 'experience' &&
      EMPLOYER_FIELD.test(text.trim()) &&
      sections.some((s) => s.name === 'experience')
    ) {
      sections.push({ name: 'experience', heading: 'Company Details', lines: [{ line, text }] });
      return;
    }
    const sublabel = current?.name === 'skills' && heading?.rest && heading.heading !== heading.heading.toUpperCase();
    if (heading && !sublabel) {
      const section: Section = { name: heading.name, heading: heading.heading, lines: [] };
      if (heading.rest) section.lines.push({ line, text: heading.rest });
      sections.push(section);
      return;
    }
    current?.lines.push({ line, text });
  });
  return sections.filter((s) => s.heading !== null || s.lines.some((l) => l.text.trim()));
}
