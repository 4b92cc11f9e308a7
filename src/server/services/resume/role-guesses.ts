/**
 * What a role's own description says about it when its header does not: resumes flattened into
 * "company - X / description - …" often keep the original header line ("Data Science Intern, Nov 2015 to
 * Jan 2016") or a sentence ("Working as Java Developer in … from 1 July 2017 to till date") as the first
 * line of the description. Only the opening lines are read: later dates and roles belong to projects.
 */
import { findDateRange, type DateRange } from './dates';
import { isTitlePhrase, looksLikeCompany, readHeader } from './entry-parts';
import { isHeaderLike, withoutRange, words } from './experience-rows';

/** "working as (a) Java Developer in …", "joined as Consultant from …", 'Worked as an "Analyst" for …'. */
const AS_TITLE =
  /\b(?:work(?:ing|ed|s)?|job|employed|joined|serv(?:ing|ed)|appointed|promoted|hired|associated)\b[^.]{0,60}?\bas\s+(?:an?\s+|the\s+)?["'“‘]*([\p{L}][\p{L}\s&/.()-]{0,80}?)["'”’]*(?=\s+(?:in|at|with|for|from|since|on|under|over|and|to|of)\b|["'”’,;(:]|\.(?:\s|$)|\s{2,}|$)/iu;

/** "I'm a software test engineer working at …": a title introduced by the writer. */
const I_AM_TITLE =
  /\bI(?:'m|’m|\s+am)\s+(?:an?\s+)?([\p{L}][\p{L}\s&/.()-]{0,60}?)\s+(?:currently\s+)?(?:working|employed|serving)\b/iu;

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

/** A title read from the description's opening lines: its header-like first line, "working as X" or "I am an X working". */
export function guessTitleFromDescription(lines: string[]): string | null {
  // The first line may be blank: a sentence about another employer, taken out.
  const first = lines[0] ?? '';
  const range = findDateRange(first);
  // "Junior Design Engineer from Jun 2016 to Jun 2018.": the word that led into the dates goes too.
  const candidate = range
    ? withoutRange(first, range)
        .replace(/[\s.]+$/, '')
        .replace(/\s+(?:from|since|during|between)$/i, '')
    : first;
  if (candidate.trim() && isHeaderLike(candidate, 8)) {
    const title = readHeader([candidate]).title;
    if (title && isTitlePhrase(title)) return title;
  }
  for (const line of lines.slice(0, 2)) {
    const found = (AS_TITLE.exec(line) ?? I_AM_TITLE.exec(line))?.[1]?.trim().replace(/[.\s]+$/, '');
    if (found && words(found) <= 6 && isTitlePhrase(found)) return found;
  }
  return null;
}

/**
 * A role's own header standing further down its description ("Jul 2018 to Present, Design Engineer"
 * after a line of what the role was about): a line of a date range and a short title phrase, and
 * nothing else. Read only up to the first project line (`projectMarker`, experience-blocks' PROJECT_MARKER,
 * passed in because that module reads this one): past it, dates are a project's.
 */
export function headerLineInDescription(
  lines: readonly string[],
  projectMarker: RegExp,
): { range: DateRange; title: string | null } | null {
  for (const line of lines.slice(1)) {
    const text = line.trim();
    if (projectMarker.test(text)) return null;
    const range = findDateRange(text);
    if (!range) continue;
    const rest = withoutRange(text, range)
      .replace(/^[\s,;|–—-]+|[\s,;|–—.-]+$/g, '')
      .replace(/\s+(?:from|since|during|between)$/i, '');
    if (rest && words(rest) > 6) continue;
    // Not isHeaderLike: a title may open with a verb's word ("Design Engineer").
    const title = rest ? readHeader([rest]).title : null;
    // A bare range is the role's only when nothing else is on the line; a phrase must read as a title.
    if (rest && !(title && isTitlePhrase(title))) continue;
    return { range, title: title ?? null };
  }
  return null;
}

/** A legal form or "M/s": what marks a line as an employer's name rather than a phrase about one. */
const LEGAL_FORM = /^m\/s\b|\b(?:ltd|limited|pvt|private\s+limited|inc|llc|llp|plc|gmbh|corp)\b\.?/i;

/**
 * The employer a description opens with when the company field names a department: "company - Proposal &
 * Estimation" / "description - M/s Larkspur Engineering Ltd, Pune". The first line up to its
 * first comma must be a short name with a legal form; a field that reads as a company is kept.
 */
export function employerInFirstLine(companyField: string, firstLine: string | undefined): string | null {
  if (!firstLine || looksLikeCompany(companyField)) return null;
  // "Larch Software India Pvt. Ltd.Pune, India": a place glued after the legal form's full stop is cut.
  const name = (firstLine.split(',')[0] ?? '').replace(/(\b(?:ltd|inc|corp|llc|llp|plc)\.)\p{L}.*$/iu, '$1').trim();
  if (!name || words(name) > 8 || !/^[\p{Lu}\d]/u.test(name) || !LEGAL_FORM.test(name)) return null;
  return name;
}
