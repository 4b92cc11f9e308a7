/**
 * Headings as resumes really spell them: "Major project:" where the table says "major projects",
 * "• EXTRA CURRICULAR ACTIVITY", "• SOFTWARES SKILLS", "PERSONAL ATRIBUTES", "Personal Detais:".
 * Missed, such a line stayed inside the section above it: a role's achievements then listed
 * "Positive Attitude" and "Quick Learner", and what a seeker did at college read as their work.
 *
 * Only for a line that stands alone and has two to five words: a single word stays exact
 * ("Project" labels a project inside a role). Singular and plural are one; a slip of one letter
 * (fastest-levenshtein) only in a line written in capitals or closed by a colon, the way headings
 * are set apart, and only against phrases of ten letters or more, where one letter does not make
 * another word.
 */
import { distance } from 'fastest-levenshtein';
import { HEADING_PHRASES, type CanonicalSection } from './section-headings';

const singular = (word: string) =>
  word.length <= 3 || word.endsWith('ss') ? word : word.replace(/ies$/, 'y').replace(/s$/, '');
const singularPhrase = (phrase: string) => phrase.split(' ').map(singular).join(' ');
const wordCount = (phrase: string) => phrase.split(' ').length;

const MIN_WORDS = 2;
const MAX_WORDS = 5;
const MIN_SLIP_LENGTH = 10;

/** Multi-word phrases by their singular spelling. */
const BY_SINGULAR: ReadonlyMap<string, CanonicalSection> = new Map(
  [...HEADING_PHRASES].filter(([p]) => wordCount(p) >= MIN_WORDS).map(([p, name]) => [singularPhrase(p), name]),
);
const SLIP_CANDIDATES = [...BY_SINGULAR].filter(([p]) => p.length >= MIN_SLIP_LENGTH);

/**
 * The section a standalone line names when read loosely, or null. `bare` is the line without its
 * bullet and closing punctuation, spaces collapsed; `colon`: the line ended with a colon; `within`:
 * the section the line is in. A role often lists its own projects ("Project Undertaken:", then
 * the sites it built): there only the table's own phrase leaves the role, or the list would leave
 * it for a Projects section that finds no project in it.
 */
export function looseHeading(bare: string, colon: boolean, within?: string): CanonicalSection | null {
  const section = looseReading(bare, colon);
  return section === 'projects' && within === 'experience' ? null : section;
}

function looseReading(bare: string, colon: boolean): CanonicalSection | null {
  const words = wordCount(bare);
  if (words < MIN_WORDS || words > MAX_WORDS) return null;
  const key = singularPhrase(bare.toLowerCase());
  const exact = BY_SINGULAR.get(key);
  if (exact) return exact;
  const capitals = bare === bare.toUpperCase() && /[A-Z]/.test(bare);
  if ((!capitals && !colon) || key.length < MIN_SLIP_LENGTH) return null;
  const near = SLIP_CANDIDATES.filter(([p]) => Math.abs(p.length - key.length) <= 1 && distance(p, key) <= 1);
  // Phrases of two sections one letter away from the line are two readings: none is taken.
  const sections = new Set(near.map(([, name]) => name));
  return sections.size === 1 ? [...sections][0]! : null;
}
