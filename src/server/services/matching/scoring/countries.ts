/**
 * The country a place part names, as placeParts writes it ("united states", "germany"): a US
 * state stands for the United States (placeParts reads two-letter codes as states), and country
 * names come from the runtime's own region names (Intl.DisplayNames), not a list kept here.
 */
import { allPlaceParts, US_STATES } from './location-names';

const STATE_NAMES = new Set(Object.values(US_STATES));
let countryNames: ReadonlySet<string> | undefined;

const normalized = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/&/g, 'and');

function countries(): ReadonlySet<string> {
  if (countryNames) return countryNames;
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const out = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code) out.add(normalized(name));
    }
  }
  return (countryNames = out);
}

export function countryOf(part: string): string | null {
  if (STATE_NAMES.has(part)) return 'united states';
  return countries().has(part) ? part : null;
}

/** The countries a remote job names ("Remote (US)", "United States (Remote)"); empty: open anywhere. */
export function remoteJobCountries(location: string): Set<string> {
  return new Set(allPlaceParts(location).flatMap((p) => countryOf(p) ?? []));
}

/** A preferred place's country, from its widest part ("Austin, TX" -> "united states"); null: cannot tell. */
export function placeCountry(parts: readonly string[]): string | null {
  for (let i = parts.length - 1; i >= 0; i--) {
    const country = countryOf(parts[i] ?? '');
    if (country) return country;
  }
  return null;
}
