/**
 * The benchmark's query mix: deterministic (seeded PRNG over O*NET data, the same source the
 * seed builds jobs from), so every run measures the same searches. Keywords are 1-3 words from
 * real job titles and technology skills, sometimes a quoted phrase or an exclusion, combined
 * with the filters, sorts and pages people use.
 */
import type { JobSearchInput } from '@/lib/validators/search';
import { loadOnet } from '@/server/data/onet';
import { SEED_CITIES } from '@/server/services/seed/locations';
import { occupationPicker } from '@/server/services/seed/occupations';
import { createRng, type Rng } from '@/server/services/seed/random';

const GENERIC = new Set([
  'and',
  'or',
  'of',
  'the',
  'for',
  'to',
  'in',
  'on',
  'with',
  'a',
  'an',
  'software',
  'microsoft',
  'systems',
  'system',
  'tools',
  'equipment',
  'program',
  'programs',
  'services',
  'i',
  'ii',
  'iii',
  'iv',
]);

const words = (text: string) =>
  text
    .replace(/\(.*?\)/g, ' ')
    .split(/[^A-Za-z+#.-]+/)
    .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((w) => w.length >= 3 && !GENERIC.has(w.toLowerCase()));

function keywordsFor(rng: Rng, titles: readonly string[], skills: readonly string[]): string {
  const title = rng.pick(titles);
  const titleWords = words(title);
  const skillWords = skills.flatMap(words);
  const fromTitle = () =>
    titleWords.length > 0 ? rng.pick(titleWords) : rng.pick(skillWords.length > 0 ? skillWords : ['manager']);
  const fromSkill = () => (skillWords.length > 0 ? rng.pick(skillWords) : fromTitle());
  const shape = rng.weighted({ one: 40, two: 30, three: 12, phrase: 10, exclude: 8 });
  switch (shape) {
    case 'one':
      return rng.chance(0.6) ? fromTitle() : fromSkill();
    case 'two':
      return titleWords.length >= 2 && rng.chance(0.6)
        ? titleWords.slice(-2).join(' ')
        : `${fromTitle()} ${fromSkill()}`;
    case 'three':
      return `${fromTitle()} ${fromSkill()} ${fromSkill()}`;
    case 'phrase': {
      if (titleWords.length < 2) return `"${fromTitle()}"`;
      const i = rng.int(0, titleWords.length - 2);
      return `"${titleWords.slice(i, i + 2).join(' ')}"`;
    }
    default:
      return `${fromTitle()} -${rng.pick(['senior', 'junior', 'intern', 'contract', 'lead'])}`;
  }
}

export function buildQueries(count: number, seed = 7): JobSearchInput[] {
  const onet = loadOnet();
  const pickOccupation = occupationPicker(onet.occupations);
  const rng = createRng(seed);
  const cities = SEED_CITIES.map((c) => c.name.split(',')[0] ?? c.name);
  const queries: JobSearchInput[] = [];
  for (let i = 0; i < count; i++) {
    const occupation = pickOccupation(rng);
    const titles = [
      occupation.title.replace(/s$/, ''),
      ...occupation.reportedTitles,
      ...occupation.alternateTitles.slice(0, 10),
    ];
    const skills = occupation.technologySkills.slice(0, 12).map((s) => s.name);
    const q: JobSearchInput = {};
    if (rng.chance(0.88)) q.keywords = keywordsFor(rng, titles, skills);
    if (rng.chance(0.25)) q.location = rng.chance(0.15) ? 'remote' : rng.pick(cities);
    if (rng.chance(0.2)) q.remoteTypes = rng.sample(['onsite', 'hybrid', 'remote'] as const, rng.int(1, 2));
    if (rng.chance(0.15))
      q.jobTypes = rng.sample(
        ['full-time', 'part-time', 'contract', 'temporary', 'internship'] as const,
        rng.int(1, 2),
      );
    if (rng.chance(0.15)) {
      q.salaryMin = rng.pick([50_000, 70_000, 90_000, 120_000, 150_000]);
      if (rng.chance(0.3)) q.includeUnknownSalary = false;
    }
    if (rng.chance(0.15)) q.postedWithinDays = rng.pick([1, 3, 7, 14, 30]);
    q.sort = rng.weighted({ relevance: 60, newest: 25, salary: 15 });
    if (rng.chance(0.1)) q.page = rng.int(2, 6);
    queries.push(q);
  }
  return queries;
}
