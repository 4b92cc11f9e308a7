/**
 * Turns O*NET technology-skill names ("Oracle Java", "The MathWorks MATLAB", "Structured query
 * language SQL", "Web browser software") into skill candidates:
 * - generic category names ("Email software", "Spreadsheet software") are dropped: they name a kind
 *   of tool, not a skill anyone lists;
 * - a vendor prefix is stripped into an extra alias, so "Oracle Java" meets "Java";
 * - a trailing acronym becomes the skill ("... SQL" -> SQL) with the long form as an alias.
 */
import { type SkillCategory } from '@/lib/validators/enums';
import { isVersionToken, normalizeToken } from './tokenize';

export interface RawAlias {
  text: string;
  strict: boolean;
  /** Case-sensitive alias: only this exact spelling matches. */
  exactCase?: string;
}

export interface RawSkill {
  /** Stable id; defaults to the lower-cased display name. */
  key?: string;
  name: string;
  category: SkillCategory;
  aliases: RawAlias[];
  /** Other spellings under which an existing skill should absorb this one (e.g. the vendor-less name). */
  mergeNames?: string[];
}

const TRAILING_GENERIC = new Set([
  'software',
  'systems',
  'system',
  'suite',
  'program',
  'programs',
  'tools',
  'platform',
]);
/** Vendors whose products are conventionally named with the vendor ("Microsoft Excel", "Adobe Photoshop"). */
const KEEP_VENDOR = new Set(['Microsoft', 'Adobe', 'Google', 'Amazon', 'IBM', 'SAP', 'Oracle', 'Apache']);
/** Upper-case letters, maybe digits: SQL, HTML, EC2, S3 (not "Sage50"). */
const ACRONYM = /^(?=.*\d|.*[A-Z].*[A-Z])[A-Z][A-Z0-9&+/.-]{1,7}$/;

const isCapitalized = (w: string) => /^[A-Z0-9]/.test(w);
const isAcronymLike = (w: string) => /[A-Z].*[A-Z]|[A-Z].*\d|\d.*[A-Z]/.test(w);

function stripTrailingGeneric(words: string[]): string[] {
  const out = [...words];
  while (out.length > 1 && TRAILING_GENERIC.has((out.at(-1) ?? '').toLowerCase())) out.pop();
  return out;
}

/** Lower-case descriptive names: every word after the first lower case, the first an English word. */
function isGeneric(words: string[], english: ReadonlySet<string>): boolean {
  const [first, ...rest] = words;
  if (!first || words.some(isAcronymLike)) return false;
  return english.has(first.toLowerCase()) && rest.every((w) => !isCapitalized(w));
}

/** "SQL" after "Structured query language": its letters appear in order in the long form. */
function isAcronymOf(acronym: string, longForm: string[]): boolean {
  const letters = longForm.join('').toLowerCase();
  const initials = new Set(longForm.map((w) => w[0]?.toLowerCase()));
  const wanted = acronym.toLowerCase().replace(/[^a-z]/g, '');
  if (!wanted || !initials.has(wanted[0])) return false;
  let i = 0;
  for (const ch of letters) if (ch === wanted[i]) i++;
  return i === wanted.length;
}

/** First words shared by several product names ("Microsoft", "Autodesk", "National Instruments"). */
export function findVendors(names: readonly string[], english: ReadonlySet<string>): Set<string> {
  const vendors = new Set<string>();
  // Single words first; a pair only counts when its first word is not a vendor by itself, otherwise
  // "Microsoft Visual" would become a vendor and "Microsoft Visual Studio" would shrink to "Studio".
  for (const n of [1, 2]) {
    const counts = new Map<string, number>();
    for (const name of names) {
      const words = name.replace(/^The /, '').split(/\s+/);
      const head = words.slice(0, n);
      const next = words[n];
      if (!next || !isCapitalized(next) || !head.every(isCapitalized)) continue;
      if (n === 2 && vendors.has(head[0] ?? '')) continue;
      const vendor = head.join(' ');
      counts.set(vendor, (counts.get(vendor) ?? 0) + 1);
    }
    for (const [vendor, count] of counts) {
      // A single-word vendor must not be an English word ("Computer aided ..." is not a vendor).
      if (count >= 3 && (n === 2 || !english.has(vendor.toLowerCase()))) vendors.add(vendor);
    }
  }
  return vendors;
}

export function deriveOnetSkill(
  fullName: string,
  vendors: ReadonlySet<string>,
  english: ReadonlySet<string>,
): RawSkill | null {
  const cleaned = fullName
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/^The /, '')
    .trim();
  const words = stripTrailingGeneric(cleaned.split(/\s+/));
  if (words.length === 0) return null;
  const vendorWords = [2, 1]
    .map((n) => words.slice(0, n))
    .find((h) => h.length < words.length && vendors.has(h.join(' ')));
  const vendor = vendorWords?.join(' ') ?? null;
  const rest = vendorWords ? words.slice(vendorWords.length) : words;
  const last = words.at(-1) ?? '';
  const longForm = words.slice(0, -1);
  const aliasTexts = new Set([fullName, words.join(' ')]);

  if (words.length >= 3 && ACRONYM.test(last) && isAcronymOf(last, longForm)) {
    const shortWithDigit = last.length <= 3 && /\d/.test(last);
    const name = vendor && shortWithDigit ? `${vendor} ${last}` : last;
    aliasTexts.add(last).add(name).add(longForm.join(' '));
    const unbranded = longForm.slice(vendor ? vendor.split(' ').length : 0);
    if (vendor && unbranded.length > 1) aliasTexts.add(unbranded.join(' '));
    return {
      name,
      category: 'technical',
      aliases: toAliases(aliasTexts, english),
      mergeNames: [last, longForm.join(' ')],
    };
  }
  if (isGeneric(words, english)) return null;
  // "Microsoft operating system", "ANSYS simulation software": a maker and a description in lower
  // case name a kind of that maker's product, and the description needs its noun back (the chip
  // read "Microsoft operating").
  if (vendor && /^\p{Ll}/u.test(rest[0] ?? '') && isGeneric(rest, english)) {
    return {
      name: cleaned,
      category: 'technical',
      aliases: toAliases(aliasTexts.add(cleaned), english),
      mergeNames: [cleaned],
    };
  }

  const restName = rest.join(' ');
  const keepVendor = vendor !== null && (KEEP_VENDOR.has(vendor) || isAmbiguous(restName, english));
  const name = keepVendor || !vendor ? words.join(' ') : restName;
  if (vendor && !isGeneric(rest, english)) aliasTexts.add(restName);
  // "Microsoft Windows XP" joins "Windows": the version words are dropped for merging only.
  const unversioned = dropTrailingVersions(rest).join(' ');
  const mergeNames = vendor ? [restName, unversioned] : [unversioned];
  return { name, category: 'technical', aliases: toAliases(aliasTexts, english), mergeNames };
}

function dropTrailingVersions(words: string[]): string[] {
  const out = [...words];
  while (out.length > 1 && isVersionToken(normalizeToken(out.at(-1) ?? ''))) out.pop();
  return out;
}

function isAmbiguous(alias: string, english: ReadonlySet<string>): boolean {
  return !alias.includes(' ') && english.has(alias.toLowerCase());
}

function toAliases(texts: Set<string>, english: ReadonlySet<string>): RawAlias[] {
  return [...texts].filter(Boolean).map((text) => ({ text, strict: isAmbiguous(text, english) }));
}
