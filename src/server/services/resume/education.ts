/**
 * Education section lines -> degrees. An entry starts at a line naming a degree (B.Sc, B.E., Bachelor
 * of …, MBA, PhD, Diploma, HSC …); the field follows the degree ("in"/"of" …), the institution is the
 * part naming a university/college/school (or the rest of the line), dates are a range or one year.
 */
import { type Sourced } from '@/lib/validators/resume';
import { findDate, findDateRange } from './dates';
import { splitTrailingLocation } from './entry-parts';
import { LOCATION_REGIONS } from './locations';
import { type SectionLine } from './sections';

export interface EducationValue {
  institution: string;
  degree: string;
  fieldOfStudy: string | null;
  startDate: string | null;
  endDate: string | null;
}

const DEGREE = new RegExp(
  String.raw`(?<![\w.])(` +
    [
      String.raw`(?:bachelor|master)(?:'?s)?(?:\s+(?:of|in)\s+(?:science|arts|engineering|technology|commerce|business administration|computer applications|laws?|education|fine arts))?`,
      String.raw`ph\.?\s?d\.?|doctorate|doctor of \w+`,
      String.raw`m\.?\s?b\.?\s?a\.?|m\.?\s?c\.?\s?a\.?|b\.?\s?c\.?\s?a\.?|b\.?\s?b\.?\s?a\.?|ll\.?\s?[bm]\.?|mbbs|b\.?\s?pharm|m\.?\s?pharm|b\.?\s?arch|b\.?\s?ed|m\.?\s?ed|b\.?\s?f\.?\s?a\.?|m\.?\s?f\.?\s?a\.?`,
      String.raw`[bm]\.?\s?(?:sc|tech|com|e|s|a|eng|engg)\.?(?=[\s,(-]|$)`,
      String.raw`(?:post\s?graduate\s+|pg\s+|advanced\s+)?diploma|associate(?:'?s)? degree|a\.?a\.?s?\.?`,
      String.raw`h\.?s\.?c\.?|s\.?s\.?c\.?|s\.?s\.?l\.?c\.?|higher secondary|senior secondary|secondary school|high school|intermediate|matriculation|10th|12th|class (?:x|xii)|a-levels?|gcse`,
    ].join('|') +
    String.raw`)`,
  'i',
);
const DEGREE_ALL = new RegExp(DEGREE.source, 'gi');
const INSTITUTION =
  /\b(?:university|universit[àa]t|college|institute|institution|school|academy|polytechnic|iit|nit|iiit|iim|vidyalaya|vidyapeeth|campus|faculty|board)\b/i;
/**
 * The degree a line names. A state code after its city ("Cambridge, MA", "Portland, ME") reads like
 * a degree abbreviation and is skipped.
 */
function findDegree(text: string): { name: string; index: number; length: number } | null {
  // matchAll copies the global pattern, so the shared one keeps no position between lines.
  for (const m of text.matchAll(DEGREE_ALL)) {
    const name = m[1] ?? '';
    // A state: after "City," (not after a school's name), and ending the place (a separator, a ZIP or the line's end).
    const city = /(?:^|[|•·–—(])\s*([^|•·–—(,]+),\s*$/u.exec(text.slice(0, m.index))?.[1] ?? '';
    const stateCode =
      /^[A-Z]{2}$/.test(name) &&
      LOCATION_REGIONS.has(name.toLowerCase()) &&
      /\p{L}/u.test(city) &&
      !INSTITUTION.test(city) &&
      /^\s*(?:$|[|•·,;–—-]|\d{5})/.test(text.slice(m.index + m[0].length));
    if (name && !stateCode) return { name, index: m.index, length: m[0].length };
  }
  return null;
}

/** A grade, honour, thesis or coursework line under a degree: never its school. */
const NOT_A_SCHOOL =
  /\b(?:gpa|cgpa|grade|class|distinction|honou?rs?|cum laude|merit|percentage|marks|division|aggregate|score|dean|thesis|coursework|courses|scholarship|award|rank)\b|[:%\d]/i;
/** "TU Berlin", "INSEAD", "Sciences Po": one to five words, each capitalised, and nothing else. */
function isBareName(text: string): boolean {
  const name = clean(text);
  if (!name || NOT_A_SCHOOL.test(name)) return false;
  const words = name.split(/\s+/);
  return (
    words.length <= 5 && words.every((w) => /^[\p{Lu}&]/u.test(w) || /^(?:of|de|di|du|la|le|der|für|and)$/i.test(w))
  );
}
const clean = (text: string) => text.replace(/^[\s,;|–—-]+|[\s,;|–—(-]+$/g, '').trim();

/** Field after the degree: "in Computer Science", "of Engineering", or the words right after it. */
const FIELD_AFTER = /^[\s.,:()–—-]*(?:(?:in|of)\s+)?([A-Z][A-Za-z&/ ]{2,60}?)(?=\s{2,}|\s*[,|–—(]|\s+(?:at|from)\s|$)/;

export function parseEducation(lines: SectionLine[], section = 'education'): Sourced<EducationValue>[] {
  const out: Sourced<EducationValue>[] = [];
  let current: { value: EducationValue; first: SectionLine; confidence: number; underHeading: boolean } | null = null;
  /**
   * An institution line that no degree before it took ("University of Michigan — Ann Arbor, MI"
   * above its degrees): the degrees under it that name no institution are from there, in its dates
   * when they give none of their own.
   */
  let heading: { institution: string; startDate: string | null; endDate: string | null } | null = null;
  const flush = () => {
    if (current && (current.value.degree || current.value.institution)) {
      out.push({
        value: current.value,
        confidence: current.confidence,
        source: { section, line: current.first.line, text: current.first.text },
      });
    }
    current = null;
  };
  /** The line just read was the current degree's own (the next one may name its school). */
  let afterDegree = false;
  for (const l of lines) {
    let text = l.text.trim();
    if (!text) continue;
    const nextToDegree = afterDegree;
    afterDegree = false;
    const range = findDateRange(text);
    const single = range ? null : findDate(text);
    if (range) text = text.slice(0, range.index) + ' ' + text.slice(range.index + range.length);
    else if (single) text = text.slice(0, single.index) + ' ' + text.slice(single.index + single.length);
    const degree = findDegree(text);
    const dates = { startDate: range?.start ?? null, endDate: range ? range.end : (single?.date ?? null) };
    if (degree) {
      flush();
      const after = text.slice(degree.index + degree.length);
      const before = text.slice(0, degree.index);
      const { field, rest } = readField(after);
      const own = pickInstitution(`${before}  ${rest}`);
      const institution = own || heading?.institution || '';
      // A degree that names its own school ends the heading's list.
      if (own) heading = null;
      const dated = dates.endDate || dates.startDate ? dates : heading && !own ? heading : dates;
      current = {
        value: {
          institution,
          degree: degree.name.trim(),
          fieldOfStudy: field,
          startDate: dated.startDate,
          endDate: dated.endDate,
        },
        first: l,
        underHeading: !own && !!heading,
        // Degree found: 0.5; +0.25 with an institution; +0.15 with a date.
        confidence: 0.5 + (institution ? 0.25 : 0) + (dated.endDate || dated.startDate ? 0.15 : 0),
      };
      afterDegree = true;
      continue;
    }
    const entry: { value: EducationValue; confidence: number; underHeading: boolean } | null = current;
    if (INSTITUTION.test(text)) {
      if (entry && !entry.value.institution) {
        entry.value.institution = pickInstitution(text);
        entry.confidence = Math.min(0.9, entry.confidence + 0.2);
      } else if (!entry || entry.underHeading) {
        // Institution-first layout: the line heads the degrees below it, its dates are theirs.
        heading = { institution: pickInstitution(text), ...dates };
        continue;
      }
    } else if (entry && nextToDegree && !entry.value.institution && (range || single) && isBareName(text)) {
      // "M.Sc. Data Science" then "TU Berlin, 2016": a school without a tell-tale word, dated
      // right under its degree. A guess, so it adds less than a named school.
      entry.value.institution = clean(text);
      entry.confidence = Math.min(0.8, entry.confidence + 0.1);
    }
    if (entry && !entry.value.endDate && (dates.endDate || dates.startDate)) Object.assign(entry.value, dates);
  }
  flush();
  return out;
}

/** Exported resumes write "Field City, State Institution": a region after the field marks its last word as the city. */
const REGION_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:${[...LOCATION_REGIONS].filter((r) => r.length > 3).join('|')})\b`,
  'i',
);
/** "Chidambaram, Tamil Nadu SNS College" -> "SNS College". */
const LOCATION_PREFIX = new RegExp(
  String.raw`^[\p{L}.' -]+,\s*(?:${[...LOCATION_REGIONS].filter((r) => r.length > 3).join('|')})\s+(?=\p{Lu})`,
  'iu',
);

function readField(after: string): { field: string | null; rest: string } {
  const found = FIELD_AFTER.exec(after)?.[1]?.trim();
  if (!found || INSTITUTION.test(found)) return { field: null, rest: after };
  const following = after.slice(after.indexOf(found) + found.length);
  let words = found.split(/\s+/);
  // Keep the city with the rest, so the institution can be cut loose from "City, State".
  if (REGION_AFTER.test(following)) words = words.slice(0, -1);
  const rest = words.length > 0 ? after.replace(words.join(' '), ' ') : after;
  // The same words twice ("Civil Engineering Civil Engineering") is an export artefact.
  const half = words.length / 2;
  if (Number.isInteger(half) && words.slice(0, half).join(' ') === words.slice(half).join(' '))
    words = words.slice(0, half);
  return { field: words.length > 0 ? words.join(' ') : null, rest };
}

/** The part naming a school, without a location around it; else the longest remaining part. */
function pickInstitution(text: string): string {
  const parts = text
    // An en dash between two letters joins a name ("University of Wisconsin–Milwaukee"); spaced, or
    // an em dash, it separates ("Stanford University—Stanford, CA").
    .split(/\s{2,}|\s*[|()—]\s*|\s+–\s*|\s*–\s+|(?<!\p{L})–|–(?!\p{L})|\s+from\s+/u)
    .map((p) => p.replace(/^[\s.,:-]+|[\s.,:-]+$/g, '').trim())
    .filter((p) => p.length > 2);
  const named = parts.find((p) => INSTITUTION.test(p));
  const best = named ?? parts.sort((a, b) => b.length - a.length)[0] ?? '';
  return splitTrailingLocation(best.replace(LOCATION_PREFIX, '')).rest;
}
