/**
 * Certifications section lines -> certifications: one per line (or bullet), with the issuer when the
 * line names one ("— Coursera", "from Google", "by PMI", "Issuer: X") and the date when it has one.
 */
import { type z } from 'zod';
import { type resumeCertificationValue, type Sourced } from '@/lib/validators/resume';
import { findDate, findDateRange } from './dates';
import { classify, withoutRange } from './experience-rows';
import { looksLikeCompany } from './entry-parts';
import { type SectionLine } from './sections';

export type CertificationValue = z.infer<typeof resumeCertificationValue>;

/** Bodies that issue certificates, by name. */
const ISSUERS =
  /^(?:coursera|udemy|udacity|edx|linkedin(?: learning)?|google(?: cloud)?|microsoft|amazon web services|aws|oracle|cisco|comptia|pmi|project management institute|axelos|scrum\.org|scrum alliance|isc2|\(isc\)²|isaca|ec-council|red hat|salesforce|ibm|sap|vmware|hashicorp|cncf|linux foundation|meta|nptel|nasscom|nielit|datacamp|kaggle|hubspot(?: academy)?|tableau|databricks|snowflake|mongodb|adobe|autodesk|itil)\b/i;
/** A certification's level, not its issuer ("… – Associate"). */
const LEVEL =
  /^(?:associate|professional|foundation|foundations|practitioner|expert|specialty|fundamentals|advanced|beginner|intermediate|level \w+)$/i;
/**
 * "… by CNCF", "…, issued by Coursera", "… (via Udemy)". The label is a whole word ("Ruby" is no "by"),
 * and a match starts only where a run of spaces or its punctuation starts: tried from inside a run,
 * the optional parts split it every possible way (cubic in the run's length).
 */
const ISSUER_LABEL =
  /(?<![\s,;|(])(?:\s*[,;|(]\s*|\s+|^)(?:issued by|issuer|provider|by|from|through|via)\b\s*[:-]?\s+/i;
/** After a dash or pipe, a short capitalised name is the issuer; after a comma only a known one is. */
const STRONG_SPLIT = /\s+[–—-]\s+|\s*\|\s*/;
const COMMA = /\s*,\s*/;

const isIssuer = (part: string) => !LEVEL.test(part) && (ISSUERS.test(part) || looksLikeCompany(part));
const isNamedIssuer = (part: string) =>
  !LEVEL.test(part) && /^\p{Lu}/u.test(part) && part.split(/\s+/).length <= 6 && !/^certified\b/i.test(part);

/**
 * Where a certification line names its issuer ([start, end) in the line), or null: what the skill
 * scan must not read as a skill ("Primavera P6 Professional, Oracle, 2018" was issued by Oracle,
 * it does not claim Oracle Database).
 */
export function issuerSpan(line: string): [number, number] | null {
  const issuer = readCertification(line)?.issuer;
  if (!issuer) return null;
  const at = line.lastIndexOf(issuer);
  return at < 0 ? null : [at, at + issuer.length];
}

function readCertification(text: string): CertificationValue | null {
  let rest = text;
  let date: string | null = null;
  let precision: CertificationValue['precision'] = 'unknown';
  const range = findDateRange(rest);
  if (range) {
    // A range ("2018 - 2021") dates the certificate by its latest renewal.
    [date, precision] = range.end ? [range.end, range.endPrecision] : [range.start, range.startPrecision];
    rest = withoutRange(rest, range);
  } else {
    const single = findDate(rest);
    if (single) {
      [date, precision] = [single.date, single.precision];
      rest = `${rest.slice(0, single.index)} ${rest.slice(single.index + single.length)}`;
    }
  }
  rest = rest
    .replace(/\(\s*\)/g, '')
    .replace(/\(([^()]*?)[\s,;]+\)/g, '($1)')
    .replace(/[\s,;|(–—-]+$/, '')
    .trim();
  let issuer: string | null = null;
  const labelled = ISSUER_LABEL.exec(rest);
  if (labelled) {
    issuer = rest.slice(labelled.index + labelled[0].length).replace(/[).\s]+$/, '') || null;
    rest = rest.slice(0, labelled.index);
  } else {
    // "Name (Issuer)", "Name — Issuer", "Name, Issuer".
    const bracketed = /\(([^()]+)\)$/.exec(rest);
    const strong = rest.split(STRONG_SPLIT);
    const comma = rest.split(COMMA);
    const last = (parts: string[]) => (parts.length > 1 ? (parts.at(-1)?.trim() ?? '') : '');
    const found =
      (bracketed?.[1] && isIssuer(bracketed[1]) ? bracketed[1] : null) ??
      (isNamedIssuer(last(strong)) ? last(strong) : null) ??
      (isIssuer(last(comma)) ? last(comma) : null);
    if (found) {
      issuer = found;
      rest = rest.slice(0, rest.lastIndexOf(found));
    }
  }
  const name = rest.replace(/[\s,;|(–—:-]+$/, '').trim();
  return name ? { name, issuer, date, precision: date ? precision : 'unknown' } : null;
}

export function parseCertifications(lines: SectionLine[], section = 'certifications'): Sourced<CertificationValue>[] {
  const out: Sourced<CertificationValue>[] = [];
  for (const row of classify(lines)) {
    const last = out.at(-1);
    // A certification wrapped onto the next line.
    if (last && !row.bullet && /^\p{Ll}/u.test(row.text)) {
      const merged = readCertification(`${last.source.text.trim()} ${row.text}`);
      if (merged) last.value = merged;
      continue;
    }
    const value = readCertification(row.text);
    if (!value) continue;
    out.push({
      value,
      // One per line is how every resume lists them: the name is read, the issuer less surely.
      confidence: value.issuer ? 0.75 : 0.7,
      source: { section, line: row.src.line, text: row.src.text },
    });
  }
  return out;
}
