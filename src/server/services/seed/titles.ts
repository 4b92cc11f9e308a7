/** Job titles and seniority: a title prefix always agrees with the years of experience asked for. */
import type { JobType } from '@/lib/validators/enums';
import type { SeedOccupation } from './occupations';
import type { Rng } from './random';

export type Level = 'junior' | 'mid' | 'senior' | 'lead';

/** Typical years of experience per O*NET job zone (zone 1: none needed .. zone 5: extensive). */
const ZONE_YEARS: Readonly<Record<number, readonly [number, number]>> = {
  1: [0, 1],
  2: [0, 2],
  3: [1, 4],
  4: [2, 5],
  5: [4, 8],
};

const LEVEL_WEIGHTS: Readonly<Record<number, Readonly<Record<Level, number>>>> = {
  1: { junior: 30, mid: 70, senior: 0, lead: 0 },
  2: { junior: 25, mid: 63, senior: 10, lead: 2 },
  3: { junior: 20, mid: 55, senior: 20, lead: 5 },
  4: { junior: 15, mid: 45, senior: 30, lead: 10 },
  5: { junior: 5, mid: 50, senior: 32, lead: 13 },
};

/** Salary multiplier per level (salary.ts). */
export const LEVEL_PAY: Readonly<Record<Level, number>> = { junior: 0.8, mid: 1, senior: 1.3, lead: 1.55 };

/** Titles that already carry a rank read badly with another one ("Senior Chief Executive"). */
const RANKED =
  /\b(senior|sr|junior|jr|lead|principal|chief|head|director|manager|supervisor|president|vp|executive|officer|apprentice|trainee|intern|helper|assistant|aide|entry)\b/i;

export function hasRank(title: string): boolean {
  return RANKED.test(title);
}

export function pickLevel(rng: Rng, jobZone: number, jobType: JobType): Level {
  if (jobType === 'internship') return 'junior';
  return rng.weighted(LEVEL_WEIGHTS[jobZone] ?? { junior: 20, mid: 60, senior: 20, lead: 0 });
}

export function requiredYearsFor(rng: Rng, jobZone: number, level: Level, jobType: JobType): number {
  if (jobType === 'internship') return 0;
  const [min, max] = ZONE_YEARS[jobZone] ?? [0, 3];
  switch (level) {
    case 'junior':
      return rng.int(0, Math.min(1, min));
    case 'mid':
      return rng.int(min, max);
    case 'senior':
      return rng.int(max + 1, max + 4);
    case 'lead':
      return rng.int(max + 3, max + 8);
  }
}

/** "Software Developers" -> "Software Developer"; null when the plural is not a simple one. */
export function singularOccupationTitle(title: string): string | null {
  if (title.length > 40 || /,| and | or |\(/.test(title)) return null;
  if (/ies$/.test(title)) return title.replace(/ies$/, 'y');
  if (/(ss|ch|sh|x)es$/.test(title)) return title.replace(/es$/, '');
  if (/[^s]s$/.test(title)) return title.slice(0, -1);
  return null;
}

/** Long "Title (Expansion)" alternates lose the parenthesis: "Staff RN (Staff Registered Nurse)". */
function tidy(title: string): string {
  return title.length > 40 ? title.replace(/\s*\([^)]*\)\s*/g, ' ').trim() : title;
}

/** Reported titles read most like postings; alternates add variety; the occupation title anchors. */
export function baseTitle(rng: Rng, o: SeedOccupation): string {
  const singular = singularOccupationTitle(o.title);
  const source = rng.weighted({ reported: 40, alternate: 40, occupation: singular ? 20 : 0 });
  const pool = source === 'reported' ? o.reportedTitles : source === 'alternate' ? o.alternateTitles : [];
  const fallback = o.reportedTitles.length > 0 ? o.reportedTitles : o.alternateTitles;
  const title = pool.length > 0 ? rng.pick(pool) : (singular ?? (fallback.length > 0 ? rng.pick(fallback) : o.title));
  return tidy(title);
}

export function applySeniority(rng: Rng, title: string, level: Level, jobType: JobType, jobZone: number): string {
  // Callers keep internships to unranked titles ("Manager Intern" would be nonsense).
  if (jobType === 'internship') return `${title} Intern`;
  if (RANKED.test(title)) return title;
  switch (level) {
    case 'junior':
      return rng.weighted({ 'Junior ': 50, 'Entry-Level ': 20, '': 30 }) + title;
    case 'mid':
      return title;
    case 'senior':
      return rng.chance(0.8) ? `Senior ${title}` : title;
    case 'lead':
      return rng.weighted({ 'Lead ': 50, 'Principal ': jobZone >= 4 ? 25 : 0, 'Senior ': 25 }) + title;
  }
}
