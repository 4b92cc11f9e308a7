/**
 * Which shared words a match shows as its evidence. Words every job ad uses ("years", "team",
 * "based", "growing") count in the lexical score like any other, but shown as "words from your
 * profile in this job" they explain nothing: a seeker reads them as filler.
 */
import { tokenize } from './tokenize';

const FILLER = tokenize(
  [
    'year years experience experienced team teams based compare role roles grow growing growth work works working',
    'job jobs company companies including include strong ability able skill skills new opportunity opportunities',
    'looking join help time well good great excellent environment must required requirements preferred plus',
    'across within candidate candidates position positions responsibility responsibilities duty duties various',
    'level ensure provide using use also make makes day daily week month apply applicant benefit benefits',
    'salary pay competitive office location remote hybrid onsite full part per hour hours minimum equal employer',
  ].join(' '),
);
const FILLER_TERMS: ReadonlySet<string> = new Set(FILLER);

/** The shared terms worth showing, in their order (most telling first). */
export const evidenceTerms = (terms: readonly string[]): string[] => terms.filter((t) => !FILLER_TERMS.has(t));
