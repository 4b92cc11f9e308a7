/** What every job draws from: occupations, employers and places, with their weights. */
import type { RemoteType } from '@/lib/validators/enums';
import type { OnetData } from '@/server/data/onet';
import { POSTING_WEIGHT, type SeedCompany } from './companies';
import type { Industry } from './industries';
import { REMOTE_LOCATIONS, SEED_CITIES, type SeedCity } from './locations';
import { occupationPicker, type SeedOccupation } from './occupations';
import { skillSpread, type SkillSpread } from './posting-skills';
import { weightedPicker, type Rng } from './random';

export interface JobContext {
  seed: number;
  now: Date;
  companies: readonly SeedCompany[];
  pickOccupation: (rng: Rng) => SeedOccupation;
  pickCompany: (rng: Rng, industry: Industry) => number;
  /** How many occupations list each technology: what makes a tool distinctive for a posting. */
  skillSpread: SkillSpread;
}

export function createJobContext(
  onet: OnetData,
  companies: readonly SeedCompany[],
  seed: number,
  now: Date,
): JobContext {
  if (companies.length === 0) throw new Error('Seeding jobs needs at least one company.');
  const indices = companies.map((_, i) => i);
  const weight = (i: number) => POSTING_WEIGHT[companies[i]?.size ?? '1-10'];
  const anyCompany = weightedPicker(indices, weight);
  const byIndustry = new Map<Industry, (rng: Rng) => number>();
  for (const industry of new Set(companies.map((c) => c.industry))) {
    byIndustry.set(
      industry,
      weightedPicker(
        indices.filter((i) => companies[i]?.industry === industry),
        weight,
      ),
    );
  }
  return {
    seed,
    now,
    companies,
    pickOccupation: occupationPicker(onet.occupations),
    skillSpread: skillSpread(onet.occupations),
    // Few companies (a small seed) may lack the industry: any employer then.
    pickCompany: (rng, industry) => (byIndustry.get(industry) ?? anyCompany)(rng),
  };
}

const pickCity = weightedPicker(SEED_CITIES, (c) => c.weight);
const CITY_BY_NAME = new Map(SEED_CITIES.map((c) => [c.name, c]));

export function pickPlace(
  rng: Rng,
  remoteType: RemoteType,
  company: SeedCompany,
): { location: string; city: SeedCity | null } {
  if (remoteType === 'remote') return { location: rng.pick(REMOTE_LOCATIONS), city: null };
  // Many postings are at the headquarters; the rest at offices elsewhere.
  const city = (rng.chance(0.4) ? CITY_BY_NAME.get(company.headquarters) : undefined) ?? pickCity(rng);
  return { location: city.name, city };
}
