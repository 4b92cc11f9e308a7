/** Which O*NET occupations seeded jobs are drawn from, and how often. */
import type { RemoteType } from '@/lib/validators/enums';
import type { OnetOccupation } from '@/server/data/onet';
import { weightedPicker, type Rng } from './random';

export interface SeedOccupation extends OnetOccupation {
  jobZone: 1 | 2 | 3 | 4 | 5;
}

/** Postings on a job board skew toward roles needing some preparation (zones 2-5). */
const ZONE_WEIGHT: Readonly<Record<number, number>> = { 1: 0.4, 2: 1, 3: 1.3, 4: 1.5, 5: 0.9 };
/** Too few tasks make a thin description; military (55-) roles are not posted by employers. */
const MIN_TASKS = 5;

export function isSeedOccupation(o: OnetOccupation): o is SeedOccupation {
  return o.jobZone !== null && o.tasks.length >= MIN_TASKS && !o.code.startsWith('55-');
}

/** Weight: job zone times a bonus for technology skills (they give requiredSkills and search terms). */
export function occupationWeight(o: SeedOccupation): number {
  const tech = o.technologySkills.length;
  const hot = o.technologySkills.filter((s) => s.hot).length;
  const techFactor = tech === 0 ? 0.25 : 1 + Math.min(tech, 30) / 30 + Math.min(hot, 10) / 10;
  return (ZONE_WEIGHT[o.jobZone] ?? 1) * techFactor;
}

export function occupationPicker(occupations: readonly OnetOccupation[]): (rng: Rng) => SeedOccupation {
  return weightedPicker(occupations.filter(isSeedOccupation), occupationWeight);
}

/**
 * How often postings are remote or hybrid, by SOC group (most specific prefix first): desk
 * work can be remote; welders, surgeons, cashiers and athletes cannot.
 */
const ARRANGEMENTS: readonly (readonly [prefixes: readonly string[], weights: Readonly<Record<RemoteType, number>>])[] =
  [
    [['41-2', '27-2', '27-4'], { onsite: 96, hybrid: 4, remote: 0 }],
    [['13', '15', '27-1', '27-3', '23-1', '41-3', '41-4'], { onsite: 35, hybrid: 35, remote: 30 }],
    [['11', '17', '19', '21', '23', '41', '43'], { onsite: 60, hybrid: 28, remote: 12 }],
  ];
const HANDS_ON: Readonly<Record<RemoteType, number>> = { onsite: 96, hybrid: 4, remote: 0 };

export function arrangementWeights(code: string): Readonly<Record<RemoteType, number>> {
  return ARRANGEMENTS.find(([prefixes]) => prefixes.some((p) => code.startsWith(p)))?.[1] ?? HANDS_ON;
}
