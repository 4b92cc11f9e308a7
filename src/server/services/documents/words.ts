/** Small text helpers shared by requirement extraction, fact ranking and the quality metrics. */

const STOPWORDS = new Set(
  (
    'a an and are as at be by for from has have in is it its of on or our that the their this to was were will with you your we ' +
    'who what when where which while about into over under more most other such than then them they these those through ' +
    'all any can do does did not no but if so up out also etc using use used work working'
  ).split(' '),
);

/** Lower-case content words of a text (3+ letters or digits, stop words dropped). */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9][a-z0-9+#.-]*[a-z0-9+#]|[a-z0-9]/g) ?? []).filter(
    (w) => w.length > 2 && !STOPWORDS.has(w),
  );
}

/** Sentences of a paragraph; keeps abbreviations like "e.g." and "Node.js" whole. */
/** "A", "A and B", "A, B and C". */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Numbers as written in a text, normalized ("1,200" -> "1200", "45%" -> "45"). */
export function numbersIn(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,(?=\d{3}\b)/g, '').replace(/\.0+$/, ''));
}

/**
 * The role a headline names, without what follows a dash, bar or colon: "Senior Full-Stack
 * Engineer — TypeScript, React" is a Senior Full-Stack Engineer. Running text names the skills
 * itself, and the whole headline there read "As a Senior … — TypeScript, React, I bring experience
 * with TypeScript, React …".
 */
export function headlineRole(headline: string): string {
  const role = headline.split(/\s+[—–-]\s+|\s*[|·•:]\s*/)[0]?.trim();
  return role || headline.trim();
}

/** First words of a role that are common nouns or adjectives, never a name ("Java", "SAP"). */
const COMMON_ROLE_LEADS = new Set(
  (
    'account accounting assistant associate back-end backend business civil customer data ' +
    'electrical financial front-end frontend full-stack fullstack graphic junior lead marketing ' +
    'mechanical mobile office operations principal product program project registered sales ' +
    'senior software staff structural systems web'
  ).split(' '),
);

/**
 * A role as it reads inside a sentence. A headline in sentence case ("Backend engineer") is a
 * common noun there: "As a backend engineer, I …". A title in title case ("Senior Data Engineer")
 * stays as written, and so does one led by a name or an acronym ("Java developer", "QA lead").
 */
export function roleInSentence(role: string): string {
  const [first, ...rest] = role.split(/\s+/);
  if (!first || rest.length === 0 || rest.some((w) => /^\p{Lu}/u.test(w))) return role;
  if (!COMMON_ROLE_LEADS.has(first.toLowerCase()) || first.slice(1) !== first.slice(1).toLowerCase()) return role;
  return `${first.toLowerCase()} ${rest.join(' ')}`;
}

/**
 * "Technology: Java, JSP", "Company Name: Initech.": a labelled field of a flattened resume, not a
 * sentence. Group 1 is the value.
 */
export const LABELLED_FIELD = /^[A-Za-z][A-Za-z ]{0,30}:\s+(.+?)\.?$/;

export const normalizeName = (s: string | null | undefined) =>
  (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Flesch-Kincaid grade of a text (syllables estimated from vowel groups). */
export function readingGrade(text: string): number {
  const words = text.match(/[A-Za-z]+(?:'[a-z]+)?/g) ?? [];
  if (words.length === 0) return 0;
  const sentenceCount = Math.max(1, sentences(text).length);
  const syllables = words.reduce((n, w) => n + syllableCount(w), 0);
  const grade = 0.39 * (words.length / sentenceCount) + 11.8 * (syllables / words.length) - 15.59;
  return Math.round(grade * 10) / 10;
}

function syllableCount(word: string): number {
  const w = word.toLowerCase().replace(/e$/, '');
  return Math.max(1, (w.match(/[aeiouy]+/g) ?? []).length);
}
