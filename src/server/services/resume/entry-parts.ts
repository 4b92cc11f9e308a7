/**
 * Reading an experience header such as "Senior Engineer — Acme Inc., Austin, TX" or
 * "Acme Inc. | Senior Engineer": split into parts, then tell the title from the company by their words.
 */
import { findLocationIn } from './contact';
import { LOCATION_REGIONS } from './locations';

const TITLE_WORDS =
  /\b(?:engineer|developer|programmer|manager|analyst|consultant|intern|designer|lead|architect|administrator|admin|specialist|officer|executive|associate|director|assistant|coordinator|scientist|teacher|lecturer|professor|advocate|lawyer|attorney|trainer|accountant|technician|head|president|founder|co-founder|representative|agent|supervisor|tester|nurse|physician|clerk|operator|editor|writer|researcher|fellow|partner|owner|principal|chief|ceo|cto|cfo|coo|vp|advisor|adviser|auditor|controller|planner|buyer|recruiter|receptionist|secretary|instructor|tutor|coach|artist|photographer|chef|driver|mechanic|electrician|surveyor|inspector|estimator|draftsman|apprentice|trainee|dba|sde|sdet)\b/i;
const COMPANY_WORDS =
  /\b(?:inc|llc|ltd|limited|pvt|private|corp|corporation|co|company|gmbh|ag|sa|plc|llp|lp|technologies|technology|solutions|services|systems|software|labs?|group|bank|university|college|institute|hospital|consulting|consultancy|partners|industries|enterprises|international|global|foundation|agency|studios?|school|court|ventures|infotech|motors)\b\.?/i;
/** Separators between header parts; " at " / "@" also mark what follows as the company. */
const SEPARATOR = /\s+(?:\||•|·|–|—|-{1,2}|@|at)\s+|\s*[|•·–—]\s*|\t|\s{2,}/i;

export interface HeaderParts {
  title: string | null;
  company: string | null;
  location: string | null;
  /** Parts told apart only by their order ("X, Y" where neither reads as a title or a company). */
  guessed: ('title' | 'company')[];
}

/** Words that follow a title after a comma as its department ("Director, Product Management"). */
const DEPARTMENT =
  /^(?:sales|marketing|engineering|operations|product(?: management)?|finance|hr|human resources|it|research|design|data|strategy|business development|customer success|support|quality|legal|administration|accounts|procurement|security|infrastructure|platform|development)\b/i;
const WORK_MODE = /^(?:remote|hybrid|on-?site)$/i;

// The trailing run is matched from its start only (from every position of a long run it grew with its square).
const clean = (s: string) => s.replace(/^[\s,;:()–—-]+|(?<![\s,;:(–—-])[\s,;:(–—-]+$/g, '').trim();

/** "Acme Inc., Austin, TX" -> { rest: "Acme Inc.", location: "Austin, TX" }; also "…, Remote". */
export function splitTrailingLocation(part: string): { rest: string; location: string | null } {
  const pieces = part.split(/\s*,\s*/);
  const last = pieces.at(-1) ?? '';
  if (pieces.length > 1 && WORK_MODE.test(last)) return { rest: clean(pieces.slice(0, -1).join(', ')), location: last };
  // "City, State, Country" only when the middle piece is itself a region ("Austin, Texas, USA");
  // otherwise the last two pieces ("Acme Inc., Austin, TX" -> "Austin, TX").
  const middle = (pieces.at(-2) ?? '').toLowerCase();
  const n = pieces.length >= 3 && LOCATION_REGIONS.has(middle) ? 3 : 2;
  if (pieces.length >= n) {
    const location = findLocationIn(pieces.slice(-n).join(', '));
    // The pieces the location took: fewer than n when the first was a company ("Globex Inc., New York, NY").
    if (location) return { rest: clean(pieces.slice(0, -location.split(/\s*,\s*/).length).join(', ')), location };
  }
  return { rest: part, location: null };
}

/** Header text (dates already removed) -> title, company, location. */
export function readHeader(fragments: string[]): HeaderParts {
  const result: HeaderParts = { title: null, company: null, location: null, guessed: [] };
  const parts: { text: string; afterAt: boolean }[] = [];
  for (const fragment of fragments) {
    const afterAt = /\s(?:at|@)\s/i.exec(fragment);
    fragment.split(SEPARATOR).forEach((raw, i) => {
      const text = clean(raw);
      if (text) parts.push({ text, afterAt: !!afterAt && i > 0 });
    });
  }
  const rest: { text: string; afterAt: boolean }[] = [];
  for (const part of parts) {
    if (WORK_MODE.test(part.text)) {
      result.location ??= part.text;
      continue;
    }
    const { rest: text, location } = splitTrailingLocation(part.text);
    if (location && !result.location) result.location = location;
    if (!text) continue;
    // "Software Engineer, Acme Corp" / "Senior Frontend Engineer, Acme Analytics": split on the comma
    // when one piece reads as a title and the other as a name (not a department of that title).
    const pieces = text.split(/\s*,\s*/);
    const named = (p: string) =>
      !TITLE_WORDS.test(p) && (COMPANY_WORDS.test(p) || (/^\p{Lu}/u.test(p) && !DEPARTMENT.test(p)));
    const mixed = pieces.length > 1 && pieces.some((p) => TITLE_WORDS.test(p)) && pieces.some(named);
    for (const piece of mixed ? pieces : [text]) rest.push({ text: piece, afterAt: part.afterAt });
  }
  const company =
    rest.find((p) => p.afterAt) ?? rest.find((p) => COMPANY_WORDS.test(p.text) && !TITLE_WORDS.test(p.text));
  const title = rest.find((p) => p !== company && TITLE_WORDS.test(p.text));
  result.company = company?.text ?? null;
  result.title = title?.text ?? null;
  // Neither recognised: "Title, Company" is the common order.
  const others = rest.filter((p) => p !== company && p !== title);
  if (!result.title && others[0] && (result.company || others.length > 1)) {
    result.title = others.shift()?.text ?? null;
    result.guessed.push('title');
  }
  if (!result.company && others[0]) {
    result.company = others[0].text;
    // Beside a recognised title, the other part is the company by elimination; alone, it is a guess.
    if (!title) result.guessed.push('company');
  }
  return result;
}

export const looksLikeTitle = (text: string) => TITLE_WORDS.test(text);

/** Words a job title does not contain: their presence makes a phrase a sentence ("I am a developer"). */
const SENTENCE_WORDS =
  /\b(?:with|on|to|the|is|am|are|was|were|be|been|over|by|from|at|as|our|my|your|his|her|i|we|you|they|have|has|had|will|this|that|these|those|which|who|where|when|while|into|through|using|used)\b/i;

/**
 * A phrase that can stand as a job title on its own ("QA/QC Civil Engineer", "Head of Sales"): a title
 * word, a few words, no sentence punctuation or sentence words, balanced brackets.
 */
export function isTitlePhrase(text: string): boolean {
  const t = text.trim();
  const open = (t.match(/[([]/g) ?? []).length;
  const close = (t.match(/[)\]]/g) ?? []).length;
  return (
    t.split(/\s+/).length <= 7 &&
    TITLE_WORDS.test(t) &&
    !/[:;!?"“”]/.test(t) &&
    open === close &&
    !SENTENCE_WORDS.test(t.replace(/\b(?:head|director|vp|vice president|manager) of the\b/i, ''))
  );
}
export const looksLikeCompany = (text: string) => COMPANY_WORDS.test(text);

const normalizeName = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Same name, or one inside the other as whole words ("Capita" / "Capita India Pvt Ltd"). */
export function sameName(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  return !!x && !!y && (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `));
}
