/**
 * Contact details: email, phone (international formats), profile/site links, location ("City, ST",
 * "City, Country") and the candidate's name (a top line that looks like a person's name).
 * Confidence: a value found in the header (above the first section heading) is the candidate's own;
 * one found further down may belong to a referee or an employer, so it scores lower.
 */
import { type Sourced } from '@/lib/validators/resume';
import { getSkillIndex } from '@/server/services/skills/taxonomy';
import { LOCATION_REGIONS } from './locations';
import { matchHeading, type Section, type SectionLine } from './sections';

export interface ContactDraft {
  fullName: Sourced<string> | null;
  email: Sourced<string> | null;
  phone: Sourced<string> | null;
  location: Sourced<string> | null;
  links: Sourced<string>[];
}

// Both start only where their run of characters starts: tried from every position of a long run,
// they grew with its square.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
// +44 20 7946 0958, (415) 555-0132, +91-9876543210, 0049 30 1234567, 98765 43210
const PHONE = /(?<![\w/])(?:\+|00)?\(?\d{1,4}\)?(?:[\s.-]?\(?\d{1,5}\)?){1,5}(?![\w/])/g;
/** A line holding an e-mail address, a link or a phone-like run of digits: contact details, never a title. */
const CONTACTISH = /@|https?:|www\.|linkedin|github|\+?\d[\d\s().-]{7,}/i;
export const looksLikeContact = (text: string) => CONTACTISH.test(text);
const PHONE_LABEL = /\b(?:phone|mobile|mob|tel|telephone|cell|contact(?: no)?|ph)\b/i;
const URL =
  /(?<![\w.-])(?:https?:\/\/)?(?:www\.)?(?:linkedin\.com\/(?:in|pub)\/[\w%-]+(?:\/[\w%-]+)?|github\.com\/[\w-]+|gitlab\.com\/[\w-]+|[\w-]+\.github\.io|(?:https?:\/\/|www\.)[\w.-]+\.[a-z]{2,}(?:\/[\w./%#?=&-]*)?)/gi;
/**
 * A word of a name in any script with cases: "María", "O'Neil-Smith", "McDonald" (no other inner
 * capital: "JavaScript" is no name), "JEAN-LUC", an
 * initial ("A."). Lower-case particles ("van", "de la") only between such words.
 */
const NAME_WORD =
  /^(?:(?:Mc|Mac)?\p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}+)*|\p{Lu}+(?:['’-]\p{Lu}+)+|\p{Lu}{2,}|\p{Lu}\.?)$/u;
const NAME_PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|du|la|le|bin|binti|al|dos|das|ter|ten)$/;
/** "JEAN-LUC" -> "Jean-Luc", "O'NEIL" -> "O'Neil"; a word already in mixed case stays as written. */
const nameCase = (w: string) =>
  w.length > 1 && w === w.toUpperCase()
    ? w.toLowerCase().replace(/(^|['’-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
    : w;
const NOT_NAME =
  /\b(?:resume|curriculum|vitae|cv|engineer|developer|manager|analyst|consultant|designer|associate|scientist|administrator|architect|officer|executive|intern|lead|specialist|advocate|trainer|teacher|lecturer|accountant|director|assistant|profile|summary|details|skills|education|experience|objective)\b/i;

/** Degree abbreviations and place words that start education/location lines, never a name. */
const DEGREE_OR_PLACE =
  /\b(?:b\.?\s?(?:com|sc|tech|e|a|ca|ba)|m\.?\s?(?:com|sc|tech|e|a|ca|ba)|mba|bca|mca|phd|hsc|ssc|sslc|cbse|icse|university|college|institute|school|street|road|nagar|district|commerce|science|arts|engineering|computer|technology)\b/i;

const header = (sections: Section[]) => sections.find((s) => s.name === 'header')?.lines ?? [];
const allLines = (sections: Section[]) => sections.flatMap((s) => s.lines.map((l) => ({ ...l, section: s.name })));
const sourced = <T>(value: T, confidence: number, section: string, l: SectionLine): Sourced<T> => ({
  value,
  confidence,
  source: { section, line: l.line, text: l.text },
});

function findEmail(sections: Section[]): Sourced<string> | null {
  for (const l of allLines(sections)) {
    const m = EMAIL.exec(l.text);
    if (m)
      return sourced(m[0].toLowerCase(), l.section === 'header' || l.section === 'contact' ? 0.97 : 0.8, l.section, l);
  }
  return null;
}

/** An id number's label right before the digits: "Employee ID", "Passport No:", "Aadhaar". */
const ID_LABEL =
  /\b(?:id|ids|aadhaa?r|pan|passport|ssn|social security|licen[cs]e|roll|reg(?:istration)?|employee|member|account|a\/c)\b(?:\s*(?:no\.?|number|#))?\s*[:#.-]?\s*$/i;
/** "555-0132": a local number without its area code. */
const LOCAL_NUMBER = /^\d{3}[\s.-]\d{4}$/;
const ZIP_PLUS_4 = /^\d{5}-\d{4}$/;

function findPhone(sections: Section[]): Sourced<string> | null {
  for (const l of allLines(sections)) {
    const labelled = PHONE_LABEL.test(l.text);
    if (l.section !== 'header' && l.section !== 'contact' && l.section !== 'personal' && !labelled) continue;
    for (const m of l.text.matchAll(PHONE)) {
      const value = m[0].trim();
      const digits = value.replace(/\D/g, '');
      // What the same line says right before the number ("Mobile:", "Passport No:"), up to a separator.
      const before =
        l.text
          .slice(0, m.index)
          .split(/[|•·,;]/)
          .at(-1) ?? '';
      const labelledHere = PHONE_LABEL.test(before);
      if (!labelledHere && ID_LABEL.test(before)) continue;
      // Seven digits are a local number only where a label says so; still a guess, so said with less confidence.
      if (digits.length === 7 && labelledHere && LOCAL_NUMBER.test(value)) return sourced(value, 0.6, l.section, l);
      // 8-15 digits (E.164 caps at 15); a bare run of years ("2016 2017") or a date is not a phone.
      if (digits.length < 8 || digits.length > 15) continue;
      // Years side by side ("2012-2013 2013") are dates, not a phone number.
      if (
        value
          .split(/\D+/)
          .filter(Boolean)
          .every((g) => /^(?:19|20)\d{2}$/.test(g))
      )
        continue;
      if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(value)) continue;
      // "CA 94107-1234" is a ZIP+4 code; no phone plan writes five digits, a hyphen, then four.
      if (!labelledHere && ZIP_PLUS_4.test(value)) continue;
      return sourced(value, labelled || value.startsWith('+') ? 0.9 : 0.75, l.section, l);
    }
  }
  return null;
}

function findLinks(sections: Section[]): Sourced<string>[] {
  const seen = new Set<string>();
  const links: Sourced<string>[] = [];
  for (const l of allLines(sections)) {
    for (const m of l.text.matchAll(URL)) {
      if (EMAIL.test(l.text) && l.text.includes(`@${m[0]}`)) continue; // the domain of an email address
      const url = /^https?:\/\//i.test(m[0]) ? m[0] : `https://${m[0]}`;
      const key = url.toLowerCase().replace(/\/$/, '');
      if (seen.has(key)) continue;
      seen.add(key);
      const profile = /linkedin|github|gitlab/i.test(url);
      links.push(sourced(url.replace(/[.,;)]+$/, ''), profile ? 0.95 : 0.7, l.section, l));
    }
  }
  return links;
}

/** A postal code after the region: US ZIP (and ZIP+4), Indian PIN, Canadian "M5V 2T6". */
const POSTAL_CODE = /\s*(?:\d{5}-\d{4}|\d{5,6}|[A-Z]\d[A-Z] ?\d[A-Z]\d)\.?$/;
/** A piece of a street address: a number, or a street or building word. */
const ADDRESS_PART =
  /\d|\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|apts?|apartments?|flat|suite|floor|block|sector|nagar|colony|society)\b/i;
/** A company's legal form ("Globex Inc."): no city is named so. */
const LEGAL_FORM = /\b(?:inc|llc|ltd|corp|corporation|co|gmbh|plc|llp|pvt|limited)\b/i;
const CITY_REGION = /^([A-Z][A-Za-z.' -]{1,30}?),\s*([A-Z][A-Za-z.' -]{1,30}?)(?:,\s*([A-Z][A-Za-z.' -]{1,30}?))?\.?$/;

/**
 * "City, ST" / "City, Country" (also "City, State, Country"), optionally after an "Address:" label,
 * a street ("123 Main Street, Springfield, IL") and before a postal code.
 */
export function findLocationIn(text: string): string | null {
  const cleaned = text.replace(/^\s*(?:address|location|based in|residence)\s*[:-]?\s*/i, '');
  for (const part of cleaned.split(/\s*[|•·]\s*|\s{2,}/)) {
    // The last few pieces: a place is never longer, and each extra piece is one more try.
    const segments = part.trim().replace(POSTAL_CODE, '').split(',').slice(-5);
    // The whole part first, then without its leading segments (a street, a flat number).
    for (let from = 0; from < segments.length - 1; from++) {
      if (LEGAL_FORM.test(segments[from] ?? '')) continue;
      // Only an address or an employer is dropped before the city ("12, Park Street"; not "Java, Spring").
      if (from > 0 && !segments.slice(0, from).some((p) => ADDRESS_PART.test(p) || LEGAL_FORM.test(p))) break;
      const m = CITY_REGION.exec(segments.slice(from).join(',').trim());
      if (!m?.[1] || !m[2]) continue;
      // "City, State, Country" only when the middle piece is itself a region ("Austin, Texas, USA").
      if (m[3] && !LOCATION_REGIONS.has(m[2].trim().toLowerCase())) continue;
      const region = (m[3] ?? m[2]).trim();
      if (LOCATION_REGIONS.has(region.toLowerCase())) return m[0].replace(/\.$/, '').trim();
    }
  }
  return null;
}

function findLocation(sections: Section[]): Sourced<string> | null {
  const candidates = [
    ...header(sections)
      .slice(0, 12)
      .map((l) => ({ ...l, section: 'header' })),
    ...allLines(sections).filter((l) => l.section === 'contact' || l.section === 'personal'),
  ];
  for (const l of candidates) {
    const location = findLocationIn(l.text);
    if (location) return sourced(location, l.section === 'header' ? 0.8 : 0.7, l.section, l);
  }
  return null;
}

function findName(sections: Section[]): Sourced<string> | null {
  const lines = header(sections)
    .filter((l) => l.text.trim())
    .slice(0, 5);
  const english = getSkillIndex().english;
  for (const [i, l] of lines.entries()) {
    const labelled = /^\s*name\s*[:-]\s*(.+)$/i.exec(l.text)?.[1];
    // "Dr. Emily Chen": the honorific is no part of the name a profile keeps ("MS Karthik" is an initial).
    const text = (labelled ?? l.text)
      .replace(/\s*[|•·,].*$/, '')
      .replace(/^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?|(?:DR|MR|MRS|MS|MX|PROF)\.)\s+/, '')
      .trim();
    const words = text.split(/\s+/);
    if (words.length < 2 || words.length > 4 || text.length > 40) continue;
    const nameWords = (w: string, k: number) =>
      NAME_WORD.test(w) || (k > 0 && k < words.length - 1 && NAME_PARTICLE.test(w));
    if (!words.every(nameWords) || NOT_NAME.test(text) || matchHeading(text)) continue;
    // "Operating Systems Windows Xp", "Msc Computer Science Pune": ordinary words, degrees, places.
    const ordinary = words.filter((w) => english.has(w.toLowerCase().replace(/[.'’]/g, ''))).length;
    if (!labelled && (ordinary * 2 > words.length || DEGREE_OR_PLACE.test(text))) continue;
    const name = words.map(nameCase).join(' ');
    return sourced(name, labelled ? 0.9 : i === 0 ? 0.85 : 0.6, 'header', l);
  }
  return null;
}

export function parseContact(sections: Section[]): ContactDraft {
  return {
    fullName: findName(sections),
    email: findEmail(sections),
    phone: findPhone(sections),
    location: findLocation(sections),
    links: findLinks(sections),
  };
}
