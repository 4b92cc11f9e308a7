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

export function titleTerms(title: string): string[] {
  return tokenize(title).filter((t) => !NOT_WHAT.has(t));
}
