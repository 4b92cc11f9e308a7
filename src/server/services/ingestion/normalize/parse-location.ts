/**
 * Location text to city / region / country ("San Francisco, CA" -> San Francisco, CA, US;
 * "London, United Kingdom" -> London, null, GB; "Remote - US" -> country US). Only the first of
 * several locations is parsed ("Austin, TX; Remote"). Unknown parts stay null.
 */
import type { ParsedLocation } from '../normalized-posting';
import { auState, caProvince, CITY_COUNTRY, countryByName, countryCode, usState } from './places';

const EMPTY: ParsedLocation = { city: null, region: null, country: null };

/** "Remote (Canada)" -> "Canada"; "New York, NY (HQ)" -> "New York, NY". */
function stripNotes(text: string): string {
  return text
    .replace(/\(([^)]*)\)/g, (_m, inner: string) => (countryCode(inner) ? `, ${inner}` : ''))
    .replace(/\b(remote|hybrid|on-?site|in[- ]office|anywhere|worldwide|only|based)\b/gi, ' ')
    .replace(/^[\s,:/–-]+|[\s,:/–-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const short = (s: string | null) => (s ? s.slice(0, 100) : null);

export function parseLocation(text: string | null | undefined): ParsedLocation {
  if (!text) return EMPTY;
  const first = text.split(/;|\||\n| or /)[0] ?? '';
  const cleaned = stripNotes(first);
  if (!cleaned) return EMPTY;
  const parts = cleaned
    .split(/\s*,\s*|\s+-\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return EMPTY;

  let country: string | null = null;
  let region: string | null = null;
  let rest = [...parts];
  const last = rest.at(-1) ?? '';
  // The last part names the country if it is a country name, or a code in a 3-part location
  // ("Portland, OR, US"); a 2-letter last part of a 2-part location is a state first ("Miami, FL").
  const byName = countryByName(last);
  if (byName) {
    country = byName;
    rest = rest.slice(0, -1);
  } else if (rest.length >= 3 || (rest.length === 1 && /^[A-Z]{2,3}$/.test(last))) {
    const code = countryCode(last);
    if (code && !(rest.length === 1 && usState(last))) {
      country = code;
      rest = rest.slice(0, -1);
    }
  }
  if (rest.length >= 2 || (rest.length === 1 && country)) {
    const candidate = rest.at(-1) ?? '';
    const us = country === null || country === 'US' ? usState(candidate) : null;
    const ca = !us && (country === null || country === 'CA') ? caProvince(candidate) : null;
    const au = !us && !ca && (country === null || country === 'AU') ? auState(candidate) : null;
    if (us || ca || au) {
      region = us ?? ca ?? au;
      country ??= us ? 'US' : ca ? 'CA' : 'AU';
      rest = rest.slice(0, -1);
    } else if (rest.length >= 2) {
      region = candidate;
      rest = rest.slice(0, -1);
    }
  } else if (rest.length === 1 && !country) {
    const state = usState(rest[0] ?? '');
    if (state && (rest[0] ?? '').length > 2) return { city: null, region: state, country: 'US' };
  }
  const city = rest.length ? rest.join(', ') : null;
  if (!country && city) country = CITY_COUNTRY[city.toLowerCase()] ?? null;
  return { city: short(city), region: short(region), country };
}
