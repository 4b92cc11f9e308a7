/**
 * Context tests for ambiguous skill mentions. "Go", "R", "Excel" or "Spring" are accepted as skills
 * when they stand as an item of a list ("Python, R, SQL", "• Excel", "Word/Excel", "Go- Experience"),
 * carry a version ("Windows 7") or a cue word ("Go language", "R programming"); never inside a
 * sentence ("I go to", "excel at", "in spring 2019").
 */
import { isVersionToken, normalizeToken } from './tokenize';

export type Boundary = 'delimiter' | 'line' | 'none';

// Punctuation that separates list items, plus the bullet glyphs resumes use (incl. Symbol/Wingdings
// bullets that survive as private-use characters).
const DELIMITER = /[,;|•·*()[\]{}:/\\–—●▪➢◆♦✓❖■□►➤✔◦○⇒→❑➣➔"“”\u2212\uE000-\uF8FF]/u;
const CONJUNCTION = /^(?:and|or|&)$/i;
const CUE_AFTER = new Set([
  'language',
  'languages',
  'programming',
  'framework',
  'frameworks',
  'developer',
  'development',
  'scripting',
  'script',
  'scripts',
  'lang',
  'skills',
  'skill',
  'certified',
  'certification',
  'experience',
  'exprience',
]);
const WORD_BEFORE = /([\p{L}&]+)[ \t]*$/u;
const WORD_AFTER = /^[ \t]*([\p{L}\p{N}.&]+)/u;

function charBoundary(ch: string | undefined, neighbour: string | undefined): Boundary {
  if (ch === undefined || ch === '\n' || ch === '\r') return 'line';
  if (DELIMITER.test(ch)) return 'delimiter';
  // A dash or dot separates items only when spaced ("Excel- Experience", "C, C++ .") not inside words.
  if ((ch === '-' || ch === '.' || ch === '&') && (neighbour === undefined || /\s/.test(neighbour))) return 'delimiter';
  return 'none';
}

export function boundaryBefore(text: string, start: number): Boundary {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0) return 'line';
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, i - 10), i + 1))?.[1];
  if (word && CONJUNCTION.test(word)) return 'delimiter';
  return charBoundary(text[i], text[i + 1]);
}

/** What follows the mention, after any version words ("Windows XP/7", "Angular 6", "Oracle 11g"). */
export function boundaryAfter(text: string, end: number): Boundary {
  let i = end;
  for (;;) {
    const m = WORD_AFTER.exec(text.slice(i, i + 24));
    if (!m?.[1] || !isVersionToken(normalizeToken(m[1].replace(/\.$/, '')))) break;
    i += m[0].length - (m[1].endsWith('.') ? 1 : 0);
  }
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const word = WORD_AFTER.exec(text.slice(i, i + 12))?.[1];
  if (word && CONJUNCTION.test(word)) return 'delimiter';
  return charBoundary(text[i], text[i + 1]);
}

export function isListItem(text: string, start: number, end: number, wholeTextIsList: boolean): boolean {
  const before = boundaryBefore(text, start);
  const after = boundaryAfter(text, end);
  if (before === 'none' || after === 'none') return false;
  // A bare line ("Access") is a heading as often as a skill, unless we know we are in a skills list.
  if (!wholeTextIsList && before === 'line' && after === 'line') return false;
  // "Networking: CCNA, ..." / "Sales: ..." at the start of a line label a list rather than being in it.
  const colonAfter = /^[ \t]*:/.test(text.slice(end, end + 4));
  return !(colonAfter && (before === 'line' || text[start - 2] === '•'));
}

export function hasCueAfter(text: string, end: number): boolean {
  const word = WORD_AFTER.exec(text.slice(end, end + 24))?.[1]?.replace(/\.+$/, '');
  if (!word) return false;
  const norm = normalizeToken(word);
  return CUE_AFTER.has(norm) || (isVersionToken(norm) && /\d/.test(norm));
}

/** Phrases that introduce something the candidate does or knows ("experience in", "responsible for"). */
const CUE_BEFORE =
  /\b(?:experience (?:in|with|of)|experienced in|knowledge (?:of|in|on)|expertise in|expert in|skilled in|skills in|proficien(?:t|cy) (?:in|with)|familiar with|familiarity with|hands[- ]on(?: experience)?(?: in| with| on)?|worked (?:on|in|with)|working (?:on|in|with)|involved in|responsible for|handling|handled|good at|trained in|certified in)[\s\w,&/-]{0,30}$/i;

export function hasCueBefore(text: string, start: number): boolean {
  const line =
    text
      .slice(Math.max(0, start - 80), start)
      .split('\n')
      .at(-1) ?? '';
  return CUE_BEFORE.test(line);
}

const LANGUAGE_CUE_BEFORE =
  /\b(?:languages?|fluent(?:ly)?|fluency|proficien\w*|speak\w*|spoken|native|mother[\s-]*tongue|bilingual|multilingual|read|write|communicate\w*|linguistic)\b/i;
const LANGUAGE_CUE_AFTER =
  /^[\s:(–-]*(?:[ABC][12]\b|\(?(?:native|fluent|basic|intermediate|advanced|proficient|mother|read|write|speak))/i;
const INDUSTRY_CUE_BEFORE = /\b(?:domains?|industr(?:y|ies)|sectors?|verticals?)\b/i;

/** The text before `start` on the same line and, if that line just began, the line before it. */
function lookBehind(text: string, start: number, chars: number): string {
  const window = text.slice(Math.max(0, start - chars), start);
  const lines = window.split('\n');
  return lines.slice(-2).join('\n');
}

export function hasLanguageCue(text: string, start: number, end: number): boolean {
  return LANGUAGE_CUE_BEFORE.test(lookBehind(text, start, 120)) || LANGUAGE_CUE_AFTER.test(text.slice(end, end + 30));
}

export function hasIndustryCue(text: string, start: number): boolean {
  return INDUSTRY_CUE_BEFORE.test(lookBehind(text, start, 120));
}
