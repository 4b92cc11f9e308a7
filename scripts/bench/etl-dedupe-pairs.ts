/**
 * The labelled cross-posting set for bench:etl's duplicate linking: pairs (A on one board, B on
 * another) built from real postings. Duplicates: B is A reformatted (HTML paragraphs and bullets,
 * an apply line added), retitled (abbreviations, a "(Remote)" or "- Hybrid" tail, other casing)
 * or relocated (the same city spelled another way). Non-duplicates: the same employer and title in
 * another city, the same employer, title and city with another real description, and another
 * employer posting the same title and text template.
 * `npm run bench:etl -- --write-labels` rewrites bench/etl-dedupe-labels.json from this generator.
 */
import { jobPostingLd, pick, prng, type RealPosting } from './etl-data';

export type PairKind = 'reformatted' | 'retitled' | 'relocated' | 'other-city' | 'other-description' | 'other-employer';

export interface LabelledPair {
  id: number;
  kind: PairKind;
  duplicate: boolean;
  a: ReturnType<typeof jobPostingLd>;
  b: ReturnType<typeof jobPostingLd>;
}

const STATES: Record<string, string> = {
  CA: 'California',
  NY: 'New York',
  TX: 'Texas',
  IL: 'Illinois',
  WA: 'Washington',
  MA: 'Massachusetts',
  VA: 'Virginia',
  MD: 'Maryland',
  PA: 'Pennsylvania',
  GA: 'Georgia',
  NJ: 'New Jersey',
  CO: 'Colorado',
  DC: 'District of Columbia',
  FL: 'Florida',
  OH: 'Ohio',
  NC: 'North Carolina',
  MN: 'Minnesota',
  AZ: 'Arizona',
  MO: 'Missouri',
  MI: 'Michigan',
  OR: 'Oregon',
  UT: 'Utah',
  TN: 'Tennessee',
  WI: 'Wisconsin',
  IN: 'Indiana',
};
const CODES = Object.fromEntries(Object.entries(STATES).map(([k, v]) => [v, k]));
const RETITLE: [RegExp, string][] = [
  [/\bSenior\b/, 'Sr.'],
  [/\bSr\.?(?=\s)/, 'Senior'],
  [/\bJunior\b/, 'Jr.'],
  [/\bManager\b/, 'Mgr'],
  [/\bEngineer\b/, 'Eng.'],
  [/\bII\b/, '2'],
  [/\bAssociate\b/, 'Assoc.'],
  [/\bDeveloper\b/, 'Dev'],
];

function reformat(text: string): string {
  const parts = text
    .split(/\n+|\s{2,}|\s•\s/)
    .map((s) => s.trim())
    .filter(Boolean);
  return `<div>${parts.map((p, i) => (i % 3 === 1 ? `<ul><li>${p}</li></ul>` : `<p>${p}</p>`)).join('\n')}</div><p>Apply now.</p>`;
}

function retitle(title: string, rand: () => number): string {
  for (const [re, to] of RETITLE) if (re.test(title)) return title.replace(re, to);
  return rand() < 0.5 ? `${title} (Remote)` : `${title.toUpperCase()} - Hybrid`;
}

function relocate(location: string): string | null {
  const [city, region] = location.split(',').map((s) => s.trim());
  if (!city || !region) return null;
  if (STATES[region]) return `${city}, ${STATES[region]}, United States`;
  if (CODES[region]) return `${city}, ${CODES[region]}`;
  return null;
}

export function buildPairs(real: readonly RealPosting[], perKind = 60, seed = 7): LabelledPair[] {
  const rand = prng(seed);
  const pairs: LabelledPair[] = [];
  const kinds: PairKind[] = [
    'reformatted',
    'retitled',
    'relocated',
    'other-city',
    'other-description',
    'other-employer',
  ];
  const locations = [...new Set(real.map((p) => p.location).filter((l) => l.includes(',')))];
  let id = 0;
  // Each real posting is used once: two pairs sharing an A would make B's link ambiguous.
  const used = new Set<RealPosting>();
  for (const kind of kinds) {
    let made = 0;
    for (let tries = 0; made < perKind && tries < perKind * 50; tries++) {
      const a = pick(rand, real);
      if (used.has(a)) continue;
      let b: RealPosting | null = null;
      if (kind === 'reformatted') b = { ...a, description: reformat(a.description) };
      if (kind === 'retitled') b = { ...a, title: retitle(a.title, rand) };
      if (kind === 'relocated') {
        const moved = relocate(a.location);
        b = moved ? { ...a, location: moved } : null;
      }
      if (kind === 'other-city') {
        const city = pick(rand, locations);
        b = city.split(',')[0] !== a.location.split(',')[0] ? { ...a, location: city } : null;
      }
      if (kind === 'other-description') {
        const other = pick(rand, real);
        b =
          other.description.slice(0, 200) !== a.description.slice(0, 200)
            ? { ...a, description: other.description }
            : null;
      }
      if (kind === 'other-employer') {
        const other = pick(rand, real);
        b = other.company !== a.company ? { ...a, company: other.company } : null;
      }
      if (!b) continue;
      used.add(a);
      id++;
      made++;
      pairs.push({
        id,
        kind,
        duplicate: kind === 'reformatted' || kind === 'retitled' || kind === 'relocated',
        a: jobPostingLd(a, `pair-${id}-a`),
        b: jobPostingLd(b, `pair-${id}-b`),
      });
    }
  }
  return pairs;
}
