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
  return /[\p{L}\p{N}]/u.test(before) ? before : title.slice(m.index + m[0].length);
}

export function titleTerms(title: string): string[] {
  return tokenize(titleForInference(title)).filter((t) => !NOT_WHAT.has(t));
}
