/**
 * What a role's own description says about it when its header does not: resumes flattened into
 * "company - X / description - …" often keep the original header line ("Data Science Intern, Nov 2015 to
 * Jan 2016") or a sentence ("Working as Java Developer in … from 1 July 2017 to till date") as the first
 * line of the description. Only the opening lines are read: later dates and roles belong to projects.
 */
import { findDateRange, type DateRange } from './dates';
import { isTitlePhrase, readHeader } from './entry-parts';
import { isHeaderLike, withoutRange, words } from './experience-rows';

/** "working as (a) Java Developer in …", "joined as Consultant from …", 'Worked as an "Analyst" for …'. */
const AS_TITLE =
  /\b(?:work(?:ing|ed|s)?|job|employed|joined|serv(?:ing|ed)|appointed|promoted|hired|associated)\b[^.]{0,60}?\bas\s+(?:an?\s+|the\s+)?["'“‘]*([\p{L}][\p{L}\s&/.()-]{0,80}?)["'”’]*(?=\s+(?:in|at|with|for|from|since|on|under|over|and|to|of)\b|["'”’,;(:]|\.(?:\s|$)|\s{2,}|$)/iu;

/** The title in a labelled value: 'Worked as an "Analyst"', "Operations Manager - BNY Mellon", "Java Developer". */
export function titleInValue(value: string): string | null {
  const as = AS_TITLE.exec(value)?.[1];
  const candidates = [as, readHeader([value]).title, value].map((c) => c?.trim().replace(/[.\s]+$/, ''));
  return candidates.find((c): c is string => !!c && isTitlePhrase(c)) ?? null;
}

/** The role's dates from the first description line; a range inside a long sentence is marked a guess. */
export function guessDatesFromDescription(lines: string[]): { range: DateRange; guessed: boolean } | null {
  const first = lines[0];
  const range = first ? findDateRange(first) : null;
  if (!first || !range) return null;
  return { range, guessed: words(withoutRange(first, range)) > 8 };
}

/** A title read from the description's opening: its header-like first line, or "working as X". */
export function guessTitleFromDescription(lines: string[]): string | null {
  const first = lines[0];
  if (!first) return null;
  const range = findDateRange(first);
  const candidate = range ? withoutRange(first, range) : first;
  if (isHeaderLike(candidate, 8)) {
    const title = readHeader([candidate]).title;
    if (title && isTitlePhrase(title)) return title;
  }
  for (const line of lines.slice(0, 2)) {
    const found = AS_TITLE.exec(line)?.[1]
      ?.trim()
      .replace(/[.\s]+$/, '');
    if (found && words(found) <= 6 && isTitlePhrase(found)) return found;
  }
  return null;
}
