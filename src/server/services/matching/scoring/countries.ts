/**
 * Which country a remote job is open to, and which country a seeker's place is in, read from the
 * text as written: only what is sure counts, since a places must-have hides what does not pass.
 * A part that is not surely a country (a city, "Europe", "EMEA", "DE" which is Delaware or Germany,
 * "Georgia") makes the job open, as a job naming no place is: hiding a job a seeker could take
 * is worse than showing one they cannot. Country names come from the runtime's own region names
 * (Intl.DisplayNames), not a list kept here.
 */
import { PLACE_ALIASES, US_STATES } from './location-names';

/** Intl region codes that are no country: the EU, the eurozone, the UN, private-use codes. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
/** Country names that are also US states or places in one. */
const AMBIGUOUS = new Set(['georgia', 'jersey']);
/** Names Intl writes otherwise ("Türkiye", "Czechia"); the rest are the place aliases. */
const COUNTRY_ALIASES: Record<string, string> = { turkey: 'turkiye', 'czech republic': 'czechia' };
/** A country's other name ("usa", "england"); a city's ("nyc", "sf") names no country. */
function aliasedCountry(n: string): string | null {
  const name = PLACE_ALIASES[n] ?? COUNTRY_ALIASES[n];
  return name && known().byName.has(name) ? name : null;
}
const ARRANGEMENT =
  /^(?:remote|hybrid|on-?site|in office|anywhere|worldwide|wfh|work from home|fully remote|100% remote)$/;
const STATE_NAMES = new Set(Object.values(US_STATES));

const normalized = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/&/g, 'and')
    .replace(/\s+/g, ' ')
    .trim();

interface Regions {
  byName: ReadonlySet<string>;
  byCode: ReadonlyMap<string, string>;
}
let regions: Regions | undefined;

function known(): Regions {
  if (regions) return regions;
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const byName = new Set<string>();
  const byCode = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (!name || name === code || NOT_COUNTRIES.has(code)) continue;
      byName.add(normalized(name));
      byCode.set(code, normalized(name));
    }
  }
  return (regions = { byName, byCode });
}

/** What partCountry answers for a word of the work arrangement ("Remote"): no place at all. */
const ARRANGEMENT_WORD = '';

/** A country, ARRANGEMENT_WORD for a word like "Remote", or null when the part is not surely a country. */
function partCountry(raw: string): string | null {
  const text = raw.trim();
  const n = normalized(text);
  if (!n || ARRANGEMENT.test(n)) return ARRANGEMENT_WORD;
  const aliased = aliasedCountry(n);
  if (/^[A-Za-z]{2}$/.test(text)) {
    if (aliased) return aliased;
    const state = US_STATES[n];
    const country = known().byCode.get(text.toUpperCase());
    // "DE", "CA", "IN": a state and a country both.
    if (state && country) return null;
    return state ? 'united states' : (country ?? null);
  }
  if (AMBIGUOUS.has(n)) return null;
  if (aliased) return aliased;
  if (STATE_NAMES.has(n)) return 'united states';
  return known().byName.has(n) ? n : null;
}

const partsOf = (location: string) => location.split(/[(),;|/]| - | – /).filter((p) => p.trim().length > 0);

/**
 * The countries a remote job is limited to ("Remote (US)", "United States (Remote)", "Remote -
 * Germany"); empty when it is open anywhere or any part is not surely a country ("Berlin, Germany
 * (Remote)" names where the company is; "Remote (US, EU)" is wider than the US).
 */
export function remoteJobCountries(location: string): Set<string> {
  const out = new Set<string>();
  for (const part of partsOf(location)) {
    const country = partCountry(part);
    if (country === null) return new Set();
    if (country !== ARRANGEMENT_WORD) out.add(country);
  }
  return out;
}

/** The country of a preferred place, from its last part ("Austin, TX" -> "united states"); null: cannot tell. */
export function placeCountry(place: string): string | null {
  const country = partCountry(partsOf(place).at(-1) ?? '');
  return country === ARRANGEMENT_WORD ? null : country;
}
