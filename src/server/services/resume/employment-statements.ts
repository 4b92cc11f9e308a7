/**
 * Employments stated in prose inside a role's text: "Working as Executive (Legal) at Northpine Paper
 * Corporation Limited since Jan 2012", "Currently Working at Kestrel Works Since May 2018 to Till Date as
 * a Civil Engineer", "Worked with Mahal Pvt Ltd. as Sr. Sales Executive. (04th Mar 2016 to 03 Jan 2017)".
 * Resumes flattened into "company - X / description - …" blocks often keep a second employer this way,
 * or the block's own dates. Only a sentence with an employment verb and a date range counts: the dates
 * are what makes it a position rather than a mention. Or, in their place, a length of employment at a
 * named employer: "Worked as an Area Sales Manager at Northwind Motors for 6 years".
 */
import { findDateRange, parseDuration, type DateRange } from './dates';
import { isTitlePhrase, looksLikeCompany } from './entry-parts';

export interface EmploymentStatement {
  title: string | null;
  company: string | null;
  /** null: the sentence states how long instead ("for 10 years"), with an employer named. */
  range: DateRange | null;
  durationMonths: number | null;
}

/** Words that end a company name written in a sentence. */
const STOP_WORDS = new Set([
  'since',
  'from',
  'as',
  'for',
  'till',
  'until',
  'to',
  'during',
  'where',
  'on',
  'in',
  'at',
  'with',
  'and',
  'under',
  'through',
]);
/** Abbreviations whose full stop does not end the sentence. */
const ABBREVIATION = /^(?:ltd|pvt|inc|co|corp|llc|plc|intl|sr|jr|snr|asst|dy|exec|mgr|st|no|m\/s)\.$/i;
const MONTH_OR_YEAR =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$|^(?:19|20)\d{2}\b|^\d{1,2}(?:st|nd|rd|th)?$/i;
/** The employer's preposition comes within this many words of the verb ("Working as Executive (Legal) at …"). */
const NEAR = 7;

/**
 * The employer after "at" / "with" / "in" / "for" near the verb: capitalised words up to a stop word or
 * punctuation. A name followed by a colon is a label ("along with Teaching Appointments: …"), not one.
 */
function companyAfter(text: string): string | null {
  const re = /\b(at|with|in|for)\s+(?:m\/s\.?\s+)?/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (text.slice(0, m.index).split(/\s+/).filter(Boolean).length > NEAR) break;
    const tokens: string[] = [];
    let label = false;
    for (const token of text.slice(m.index + m[0].length).split(/\s+/)) {
      if (!token || STOP_WORDS.has(token.toLowerCase()) || MONTH_OR_YEAR.test(token) || tokens.length >= 8) break;
      const cut = /[(,;:"“”]/.exec(token);
      if (cut) {
        if (cut.index > 0) tokens.push(token.slice(0, cut.index));
        label = cut[0] === ':';
        break;
      }
      tokens.push(token);
      if (/\.$/.test(token) && !ABBREVIATION.test(token)) break;
    }
    const name = tokens.join(' ').replace(/[.\s]+$/, '');
    if (!name || label || !/^[\p{Lu}\d]/u.test(name)) continue;
    const capitalised = tokens.filter((t) => /^[\p{Lu}\d]/u.test(t)).length;
    // "at" / "with" name an employer; "in" / "for" only when the words read as one ("in Java", "for 3 years").
    if (/^(?:at|with)$/i.test(m[1] ?? '') || looksLikeCompany(name) || capitalised >= 2) return name;
  }
  return null;
}

/** The designation after "as": "as a CIVIL ENGINEER.", "As Sales Manager. (…)", "as Executive (Legal) at …". */
function titleAfterAs(text: string): string | null {
  const m = /\bas\s+(?:an?\s+|the\s+)?["'“‘]*/iu.exec(text);
  if (!m) return null;
  const tokens: string[] = [];
  for (const token of text.slice(m.index + m[0].length).split(/\s+/)) {
    if (!token || tokens.length >= 7) break;
    if (/^(?:in|at|with|for|from|since|on|under|over|and|to|till|until|during)$/i.test(token)) break;
    if (/^\(\s*\d/.test(token)) break;
    const cut = /[,;:"”’]/.exec(token);
    if (cut) {
      if (cut.index > 0) tokens.push(token.slice(0, cut.index));
      break;
    }
    tokens.push(token);
    if (/\.$/.test(token) && !ABBREVIATION.test(token)) break;
  }
  const title = tokens.join(' ').replace(/[.\s]+$/, '');
  return title && isTitlePhrase(title) ? title : null;
}

/** Sentences: a full stop, semicolon or "!" / "?" before a capital, not after an abbreviation ("Pvt. Ltd. As …"). */
function sentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.;!?]\s+(?=[\p{Lu}\d])/gu)) {
    const word = /\S+$/.exec(text.slice(from, m.index + 1))?.[0] ?? '';
    if (ABBREVIATION.test(word)) continue;
    out.push(text.slice(from, m.index + 1));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

/** "for 10 years", "for the last 2 years", "for six months": how long, right after "for". */
const FOR_LENGTH =
  /\bfor\s+(?:(?:the\s+)?(?:last|past)\s+)?(?=(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\b)/iu;

/** The length a sentence gives its employment ("… at Northwind Motors for 6 years"), in months; else null. */
function lengthStated(statement: string): number | null {
  const m = FOR_LENGTH.exec(statement);
  if (!m) return null;
  // The amount and its unit start the rest: "10 years", not a number further on.
  const rest = statement.slice(m.index + m[0].length);
  const months = /^\S+\s*\+?\s*(?:years?|yrs?|months?|mos?|mths?)\b/i.test(rest) ? parseDuration(rest) : null;
  return months && months > 0 ? months : null;
}

/** Every employment with dates (or a length and an employer) stated in one stretch of text, in order: one per sentence at most. */
export function employmentStatements(text: string): EmploymentStatement[] {
  const out: EmploymentStatement[] = [];
  for (const sentence of sentences(text)) {
    const verb = /\b(?:work(?:ing|ed)?|employed|joined|serv(?:ing|ed)|job|internship|associated)\b/iu.exec(sentence);
    if (!verb) continue;
    const statement = sentence.slice(verb.index);
    const range = findDateRange(statement);
    // "as X" and "at Y" may come before or after the dates.
    const title = titleAfterAs(statement);
    const company = companyAfter(statement);
    if (range) out.push({ title, company, range, durationMonths: null });
    else if (company) {
      // Without dates, a length of time is what makes it a position: "Working at Acme on Java" is not one.
      const durationMonths = lengthStated(statement);
      if (durationMonths) out.push({ title, company, range: null, durationMonths });
    }
  }
  return out;
}
