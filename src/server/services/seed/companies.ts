/** Deterministic fictional companies: word-list names, example.com websites, real HQ cities. */
import type { CompanySize } from '@/lib/validators/enums';
import { INDUSTRIES, INDUSTRY_NAMES, type Industry } from './industries';
import { SEED_CITIES } from './locations';
import { createRng, deriveSeed, weightedPicker, type Rng } from './random';

export interface SeedCompany {
  name: string;
  slug: string;
  website: string;
  industry: Industry;
  size: CompanySize;
  headquarters: string;
  description: string;
}

// Generic words only, so names read as plausible without copying real brands.
// prettier-ignore
const WORDS = [
  'Northwind', 'Blue Harbor', 'Cedar', 'Summit', 'Redwood', 'Granite', 'Silver Lake', 'Lakeside',
  'Ironwood', 'Clearwater', 'Evergreen', 'Copper', 'Pioneer', 'Keystone', 'Meridian', 'Beacon',
  'Horizon', 'Prairie', 'Riverbend', 'Stonebridge', 'Tidewater', 'Willow', 'Aurora', 'Cobalt',
  'Crescent', 'Highland', 'Juniper', 'Maple', 'Oakridge', 'Orchard', 'Pinnacle', 'Sagebrush',
  'Sequoia', 'Skyline', 'Sterling', 'Sunrise', 'Trailhead', 'Vantage', 'Windward', 'Zenith',
  'Alder', 'Bayview', 'Brookside', 'Canyon', 'Coastal', 'Driftwood', 'Fairview', 'Foxglove',
  'Harborline', 'Kestrel', 'Larkspur', 'Lodestar', 'Mesa', 'Northstar', 'Old Mill', 'Palisade',
];
// prettier-ignore
const STEMS = ['Bright', 'Clear', 'Blue', 'True', 'North', 'Open', 'Swift', 'Key', 'Pure', 'Next', 'Bold', 'Green'];
// prettier-ignore
const ENDINGS = ['path', 'wave', 'field', 'stone', 'line', 'point', 'forge', 'bridge', 'leaf', 'gate', 'spring', 'haven'];

const SIZE_WEIGHTS: Readonly<Record<CompanySize, number>> = {
  '1-10': 8,
  '11-50': 20,
  '51-200': 25,
  '201-1000': 22,
  '1001-5000': 15,
  '5000+': 10,
};
const SIZE_WORDS: Readonly<Record<CompanySize, string>> = {
  '1-10': 'a small',
  '11-50': 'a fast-growing',
  '51-200': 'a mid-sized',
  '201-1000': 'an established',
  '1001-5000': 'a large',
  '5000+': 'a national',
};

const pickCity = weightedPicker(SEED_CITIES, (c) => c.weight);

export function toSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function companyName(rng: Rng, industry: Industry): string {
  const noun = rng.pick(INDUSTRIES[industry]);
  const first = rng.chance(0.6) ? rng.pick(WORDS) : rng.pick(STEMS) + rng.pick(ENDINGS);
  return `${first} ${noun}`;
}

/**
 * `count` companies with unique names and slugs. One generator for the whole list keeps the
 * list prefix-stable: the first 50 of 500 companies equal 50 companies from the same seed.
 */
export function generateCompanies(count: number, seed: number): SeedCompany[] {
  const rng = createRng(deriveSeed(seed, 1));
  const slugs = new Set<string>();
  const out: SeedCompany[] = [];
  for (let i = 0; i < count; i++) {
    const industry = rng.pick(INDUSTRY_NAMES);
    let name = companyName(rng, industry);
    // Retry a few collisions, then disambiguate with a number (the name space is ~4k).
    for (let attempt = 0; slugs.has(toSlug(name)) && attempt < 10; attempt++) name = companyName(rng, industry);
    if (slugs.has(toSlug(name))) name = `${name} ${i + 1}`;
    const slug = toSlug(name);
    slugs.add(slug);
    const size = rng.weighted(SIZE_WEIGHTS);
    const headquarters = pickCity(rng).name;
    out.push({
      name,
      slug,
      website: `https://${slug}.example.com`,
      industry,
      size,
      headquarters,
      description: `${name} is ${SIZE_WORDS[size]} ${industry.toLowerCase()} company headquartered in ${headquarters}.`,
    });
  }
  return out;
}

/** Bigger employers post more jobs. */
export const POSTING_WEIGHT: Readonly<Record<CompanySize, number>> = {
  '1-10': 1,
  '11-50': 2,
  '51-200': 4,
  '201-1000': 8,
  '1001-5000': 14,
  '5000+': 20,
};
