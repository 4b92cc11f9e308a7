/**
 * Control characters users' text may not hold: tabs, line breaks and form feeds may (pasted resumes
 * have them), the rest never. A NUL byte makes PostgreSQL refuse a whole statement, and none of them
 * has a place in a name or a search. Shared by the procedures' check and the pages' URL readers.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000E-\u001F\u007F]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

/**
 * Text from a URL with its control characters taken out: a link is typed, pasted or hand-edited, and
 * an invisible character in it ("analyst%07") must not fail the page; the visible search is kept.
 */
export function withoutControlCharacters(text: string): string;
export function withoutControlCharacters(text: string | undefined): string | undefined;
export function withoutControlCharacters(text: string | undefined): string | undefined {
  return text === undefined ? undefined : text.replace(CONTROL_CHARACTERS, '');
}
