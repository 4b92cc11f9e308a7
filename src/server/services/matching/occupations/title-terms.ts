/**
 * Terms of a job title that say what the job is. Seniority and arrangement words ("Senior",
 * "Lead", "Remote", "Contract") say how, not what: left in, their rarity among O*NET titles would
 * make "Senior Nurse" look like "Senior Loan Officer".
 */
import { tokenize } from '../text/tokenize';

// prettier-ignore
const NOT_WHAT: ReadonlySet<string> = new Set(tokenize([
  'senior sr junior jr lead principal staff entry level mid intern internship trainee apprentice',
  'experienced ii iii iv vi remote hybrid onsite site contract contractor temporary temp part full time',
  'fte permanent new grad graduate urgent hiring immediate opening position role job',
].join(' ')));

/**
 * "St." or "Mt." before a capitalised name starts a place's or an institution's name ("Nurse, St.
 * Mary hospital", "Staff Nurse St. Joseph Medical Center"): what follows names where, not what.
 * Read as title words, "ST" (what O*NET calls surgical technologists), "hospital" and "center" had
 * made such a nurse a surgical technologist or a tutor. After a title the name is cut off with
 * the rest; opening the title ("St. Louis Sales Manager") only the name's first word goes. Written
 * "ST", it stays a title word.
 */
const PLACE_NAME = /\b(?:St|Mt)\b\.?\s+\p{Lu}[\p{L}'’]*/u;

/** The title as occupation inference reads it (PLACE_NAME). */
export function titleForInference(title: string): string {
  const m = PLACE_NAME.exec(title);
  if (!m) return title;
  const before = title.slice(0, m.index);
  const after = title.slice(m.index + m[0].length);
  // Only when words of the title are left; else only "St." goes: "Lead St. Technician" is a
  // technician, "St. Engineer" an engineer (a review).
  const prefixOnly = title.replace(/\b(?:St|Mt)\b\.?\s+/u, '');
  return [before, after, prefixOnly].find((t) => tokenize(t).some((w) => !NOT_WHAT.has(w))) ?? title;
}

export function titleTerms(title: string): string[] {
  return tokenize(titleForInference(title)).filter((t) => !NOT_WHAT.has(t));
}
