/**
 * One experience line, classified once: bullet, labelled field ("company - X", "Designation: Y"),
 * date range, and what is left of the line once the range is cut out.
 */
import { findDateRange, type DateRange } from './dates';
import { BULLET, withoutListNumber } from './normalize-text';
import { type SectionLine } from './sections';

export type FieldName = 'company' | 'title' | 'duration' | 'location' | 'description';

export interface Row {
  src: SectionLine;
  text: string;
  bullet: boolean;
  field: { name: FieldName; value: string } | null;
  range: DateRange | null;
  /** The text without its date range, trimmed of the punctuation that joined them. */
  rest: string;
}

const FIELD =
  /^\s*(company(?: name)?|employer|organi[sz]ation(?: name)?|designation|title|role|position|job title|job profile|current designation|duration|period|tenure|location|place|description|responsibilities|roles? (?:&|and) responsibilit(?:y|ies))\s*(?:[:–—-]+|\s{2,})\s*(.*)$/i;

/** A value made only of other labels: the heading row of a table ("Organization   Designation   Duration"). */
const LABEL_WORD =
  /^(?:(?:company|employer|organi[sz]ation|designation|title|role|position|duration|period|location)\b[\s:|]*)+$/i;

function fieldName(label: string): FieldName {
  const l = label.toLowerCase();
  if (/company|employer|organi/.test(l)) return 'company';
  if (/responsibilit/.test(l)) return 'description';
  if (/designation|title|role$|position|profile/.test(l)) return 'title';
  if (/duration|period|tenure/.test(l)) return 'duration';
  if (/location|place/.test(l)) return 'location';
  return 'description';
}

/** Cut a date range out of a line: "Austin, TX | Jan 2019 – Present" -> "Austin, TX". */
export function withoutRange(text: string, range: DateRange): string {
  return (text.slice(0, range.index) + '  ' + text.slice(range.index + range.length))
    .replace(/^[\s:(–—|,-]*(?:duration|period)?[\s:]*|[\s,:()–—|-]+$/gi, '')
    .replace(/\(\s*\)/g, '')
    .trim();
}

export function classify(lines: SectionLine[]): Row[] {
  const rows: Row[] = [];
  for (const src of lines) {
    const text = src.text.trim();
    if (!text) continue;
    const bullet = BULLET.test(src.text);
    const m = bullet ? null : FIELD.exec(text);
    const field =
      m?.[1] && !LABEL_WORD.test(m[2] ?? '')
        ? { name: fieldName(m[1]), value: withoutListNumber((m[2] ?? '').trim()) }
        : null;
    const range = bullet ? null : findDateRange(text);
    rows.push({
      src,
      text: bullet ? src.text.replace(BULLET, '').trim() : text,
      bullet,
      field,
      range,
      rest: range ? withoutRange(text, range) : text,
    });
  }
  return rows;
}

export const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Past-tense or -ing openers ("Built", "Managed", "Leading"): a line of description, not a header. */
const ACTION_OPENER =
  /^(?:\p{L}{3,}ed|working|leading|managing|developing|handling|building|creating|designing|maintaining|supporting|led|built|ran|made|won|wrote|drove|grew|cut|set|took|taught|began|oversaw|develop|manage|design|create|implement|maintain|handle|responsible|involved|worked|working|i|we|my|our|the|a|an|to|as|for|in|on|with)\b/iu;
/** Names and titles that a naive "-ed" rule would mistake for verbs ("United Bank", "Certified Accountant"). */
const NAMEISH_ED =
  /^(?:united|limited|advanced|applied|integrated|allied|certified|licensed|registered|chartered|qualified|distinguished|assured|trusted|inspired|speed)\b/i;

/**
 * A verb that is also a title's first word, followed by a title word: "Design Lead", "Design
 * Engineer II" open a header, "Design and build…" a sentence.
 */
const TITLE_OPENED_BY_VERB =
  /^design\s+(?:engineer|lead|manager|director|architect|consultant|technician|drafter|draftsman|specialist|analyst|intern|assistant|associate|coordinator|head|supervisor)\b/i;

/** A short line without a final full stop that does not open like a sentence: a header line. */
export function isHeaderLike(text: string, maxWords = 12): boolean {
  const t = text.trim();
  if (!t || words(t) > maxWords || /[.;:]$/.test(t.replace(/\b(?:inc|ltd|co|corp|llc|jr|sr)\.$/i, ''))) return false;
  // Lower case first reads as a sentence going on, unless a header separator splits the line into a few
  // parts ("php Developer | Exposys Pvt. Ltd").
  if (/^\p{Ll}/u.test(t) && !/^[^|–—]{2,60}\s[|–—]\s[^|–—]{2,60}$/u.test(t)) return false;
  return !ACTION_OPENER.test(t) || NAMEISH_ED.test(t) || TITLE_OPENED_BY_VERB.test(t);
}
