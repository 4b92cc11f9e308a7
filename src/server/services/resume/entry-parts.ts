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
}

const clean = (s: string) => s.replace(/^[\s,;:()–—-]+|[\s,;:(–—-]+$/g, '').trim();

/** "Acme Inc., Austin, TX" -> { rest: "Acme Inc.", location: "Austin, TX" }; also "…, Remote". */
export function splitTrailingLocation(part: string): { rest: string; location: string | null } {
  const pieces = part.split(/\s*,\s*/);
  const last = pieces.at(-1) ?? '';
  if (pieces.length > 1 && /^(?:remote|hybrid|on-?site)$/i.test(last))
    return { rest: clean(pieces.slice(0, -1).join(', ')), location: last };
  // "City, State, Country" only when the middle piece is itself a region ("Austin, Texas, USA");
  // otherwise the last two pieces ("Acme Inc., Austin, TX" -> "Austin, TX").
  const middle = (pieces.at(-2) ?? '').toLowerCase();
  const n = pieces.length >= 3 && LOCATION_REGIONS.has(middle) ? 3 : 2;
  if (pieces.length >= n) {
    const location = findLocationIn(pieces.slice(-n).join(', '));
    if (location) return { rest: clean(pieces.slice(0, -n).join(', ')), location };
  }
  return { rest: part, location: null };
}

/** Header text (dates already removed) -> title, company, location. */
export function readHeader(fragments: string[]): HeaderParts {
  const result: HeaderParts = { title: null, company: null, location: null };
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
    const { rest: text, location } = splitTrailingLocation(part.text);
    if (location && !result.location) result.location = location;
    if (!text) continue;
    // "Software Engineer, Acme Corp": split on commas only when the pieces read as title and company.
    const pieces = text.split(/\s*,\s*/);
    const mixed =
      pieces.some((p) => TITLE_WORDS.test(p)) && pieces.some((p) => COMPANY_WORDS.test(p) && !TITLE_WORDS.test(p));
    for (const piece of mixed ? pieces : [text]) rest.push({ text: piece, afterAt: part.afterAt });
  }
  const company =
    rest.find((p) => p.afterAt) ?? rest.find((p) => COMPANY_WORDS.test(p.text) && !TITLE_WORDS.test(p.text));
  const title = rest.find((p) => p !== company && TITLE_WORDS.test(p.text));
  result.company = company?.text ?? null;
  result.title = title?.text ?? null;
  // Neither recognised: "Title, Company" is the common order.
  const others = rest.filter((p) => p !== company && p !== title);
  if (!result.title && others[0] && (result.company || others.length > 1)) result.title = others.shift()?.text ?? null;
  if (!result.company && others[0]) result.company = others[0].text;
  return result;
}

export const looksLikeTitle = (text: string) => TITLE_WORDS.test(text);
export const looksLikeCompany = (text: string) => COMPANY_WORDS.test(text);
