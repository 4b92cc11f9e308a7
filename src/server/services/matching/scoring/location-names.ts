/**
 * Place names reduced to comparable parts: "San Francisco, CA 94105" -> ["san francisco", "california"],
 * "München, Germany" -> ["munchen", "germany"]. Only the aliases that routinely differ between a
 * posting and a profile are mapped (US state codes, a few country and city short forms); anything
 * else is compared as written, case- and accent-insensitively.
 */

export const US_STATES: Record<string, string> = {
  al: 'alabama',
  ak: 'alaska',
  az: 'arizona',
  ar: 'arkansas',
  ca: 'california',
  co: 'colorado',
  ct: 'connecticut',
  de: 'delaware',
  dc: 'district of columbia',
  fl: 'florida',
  ga: 'georgia',
  hi: 'hawaii',
  id: 'idaho',
  il: 'illinois',
  in: 'indiana',
  ia: 'iowa',
  ks: 'kansas',
  ky: 'kentucky',
  la: 'louisiana',
  me: 'maine',
  md: 'maryland',
  ma: 'massachusetts',
  mi: 'michigan',
  mn: 'minnesota',
  ms: 'mississippi',
  mo: 'missouri',
  mt: 'montana',
  ne: 'nebraska',
  nv: 'nevada',
  nh: 'new hampshire',
  nj: 'new jersey',
  nm: 'new mexico',
  ny: 'new york',
  nc: 'north carolina',
  nd: 'north dakota',
  oh: 'ohio',
  ok: 'oklahoma',
  or: 'oregon',
  pa: 'pennsylvania',
  ri: 'rhode island',
  sc: 'south carolina',
  sd: 'south dakota',
  tn: 'tennessee',
  tx: 'texas',
  ut: 'utah',
  vt: 'vermont',
  va: 'virginia',
  wa: 'washington',
  wv: 'west virginia',
  wi: 'wisconsin',
  wy: 'wyoming',
};

/** Short and local forms of places (countries, cities), as placeParts writes them. */
export const PLACE_ALIASES: Record<string, string> = {
  us: 'united states',
  usa: 'united states',
  'united states of america': 'united states',
  america: 'united states',
  uk: 'united kingdom',
  'great britain': 'united kingdom',
  britain: 'united kingdom',
  england: 'united kingdom',
  scotland: 'united kingdom',
  wales: 'united kingdom',
  'northern ireland': 'united kingdom',
  uae: 'united arab emirates',
  deutschland: 'germany',
  nyc: 'new york',
  'new york city': 'new york',
  sf: 'san francisco',
  'washington dc': 'district of columbia',
};

/** Words that describe the work arrangement, not a place ("Remote - US", "Austin (Hybrid)"). */
const ARRANGEMENT = /^(remote|hybrid|on-?site|in office|anywhere|worldwide|wfh|work from home)$/;

function normalizePart(part: string): string {
  const cleaned = part
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\b\d{4,6}(-\d{4})?\b/g, '') // postal codes
    .replace(/\s+/g, ' ')
    .trim();
  if (ARRANGEMENT.test(cleaned)) return '';
  // Two-letter codes are US states only: "DE" after a city is far more often Delaware in US data,
  // and a country code can still match when both sides write it the same way.
  return PLACE_ALIASES[cleaned] ?? US_STATES[cleaned] ?? cleaned;
}

/** Comparable parts, most specific first; [] when the text names no place. */
export function placeParts(location: string): string[] {
  return location
    .replace(/\([^)]*\)/g, ',')
    .split(/[,;|/]| - | – /)
    .map(normalizePart)
    .filter((p) => p.length > 0);
}

/** True when the text is only a work arrangement ("Remote", "Anywhere"), which users put in location lists. */
export function isArrangementOnly(location: string): boolean {
  return location.trim().length > 0 && placeParts(location).length === 0 && /remote|anywhere|wfh|home/i.test(location);
}

export type PlaceFit = 'match' | 'region' | 'none';

/**
 * How a job's place fits one preferred place:
 *  - match: the preference's first part (city, or a lone state/country) is one of the job's parts,
 *    and any region the preference adds does not contradict the job's ("Portland, OR" is not
 *    "Portland, ME");
 *  - region: same second part (state, or country) but another city: a commute or a short move;
 *  - none otherwise.
 */
export function placeFit(preferred: string[], job: string[]): PlaceFit {
  const [head, region] = preferred;
  if (head === undefined || job.length === 0) return 'none';
  const jobRest = job.slice(1);
  if (job.includes(head)) {
    const rest = preferred.slice(1);
    if (rest.length === 0 || jobRest.length === 0 || rest.some((p) => job.includes(p))) return 'match';
  }
  if (region !== undefined && jobRest.includes(region)) return 'region';
  // A job posted for a whole state or country ("Texas") that holds the preferred city's region.
  if (region !== undefined && job.length === 1 && job[0] === region) return 'region';
  return 'none';
}
