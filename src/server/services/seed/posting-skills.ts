/**
 * Which of an occupation's O*NET technologies a seeded posting asks for. O*NET lists the office
 * suite under almost every occupation (Excel under 855 of 1,016) and marks it "hot", so ranking by
 * hotness alone put Word and Outlook on an electrician's posting. A real posting names what sets
 * the trade apart: tools listed by few occupations rank above those listed by many, weighted by
 * O*NET's hot and in-demand flags, and tools listed by a fifth of all occupations are left out unless the
 * occupation has too few others to fill a posting.
 */
import type { OnetOccupation, OnetTechnologySkill } from '@/server/data/onet';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import type { Rng } from './random';

/** Listed by more than this share of occupations: a general tool, not what a posting is about. */
const GENERAL_SHARE = 0.2;
/** Fewest tools a posting names before general ones are let back in. */
const MIN_SPECIFIC = 3;
/**
 * A tool listed by only a handful of occupations and not "hot" is mostly one vendor's niche
 * product ("Elite Software VDROP", "Craftsman CD Estimator") that postings seldom name: its weight
 * grows with its listings up to this many.
 */
const NICHE_LISTINGS = 8;
/**
 * Rarity only tells general tools from an occupation's own: below this many listings, rarer earns
 * nothing more, so a developer's posting asks for C# and SQL as often as for Node.js.
 */
const RARITY_CAP_LISTINGS = 40;
/** A tool our skill taxonomy does not know is one matching cannot credit either. */
const UNKNOWN_WEIGHT = 0.4;

export interface SkillSpread {
  /** How many occupations list each technology, by O*NET name. */
  listedBy: ReadonlyMap<string, number>;
  occupations: number;
}

export function skillSpread(occupations: readonly OnetOccupation[]): SkillSpread {
  const listedBy = new Map<string, number>();
  for (const o of occupations)
    for (const s of o.technologySkills) listedBy.set(s.name, (listedBy.get(s.name) ?? 0) + 1);
  return { listedBy, occupations: occupations.length };
}

interface Scored {
  name: string;
  score: number;
  general: boolean;
}

/** Per occupation, computed once: the seed calls this for each of up to 200,000 jobs. */
const scoredByOccupation = new WeakMap<readonly OnetTechnologySkill[], Scored[]>();

function scoredSkills(skills: readonly OnetTechnologySkill[], spread: SkillSpread): Scored[] {
  const cached = scoredByOccupation.get(skills);
  if (cached) return cached;
  const scored: Scored[] = [];
  for (const s of skills) {
    const naming = taxonomyNaming(s.name);
    if (naming === 'partial') continue;
    const listed = spread.listedBy.get(s.name) ?? 1;
    const rarity = Math.log(spread.occupations / Math.max(listed, RARITY_CAP_LISTINGS));
    const demand = (s.hot ? 1.6 : 1) * (s.inDemand ? 1.3 : 1);
    // O*NET's "hot" marks tools frequent in real postings: never niche, however few occupations list them.
    const weight = (s.hot ? 1 : Math.min(1, listed / NICHE_LISTINGS)) * (naming === 'unknown' ? UNKNOWN_WEIGHT : 1);
    scored.push({
      name: s.name,
      score: rarity * demand * weight,
      general: listed > spread.occupations * GENERAL_SHARE,
    });
  }
  scoredByOccupation.set(skills, scored);
  return scored;
}

/**
 * Tool names in the order a posting for the occupation asks for them: the distinctive ones
 * first, shuffled a little (a random factor of 0.75-1.25 on each score) so that postings for one
 * occupation differ; general tools only when fewer than three others exist, and then last.
 */
export function postingSkillNames(rng: Rng, skills: readonly OnetTechnologySkill[], spread: SkillSpread): string[] {
  const jittered = scoredSkills(skills, spread).map((s) => ({ ...s, key: s.score * (0.75 + rng.next() / 2) }));
  const byKey = (a: { key: number }, b: { key: number }) => b.key - a.key;
  const specific = jittered.filter((s) => !s.general).sort(byKey);
  const general = specific.length >= MIN_SPECIFIC ? [] : jittered.filter((s) => s.general).sort(byKey);
  return [...specific, ...general].map((s) => s.name);
}

/**
 * How the taxonomy names a tool: known as a whole ("Atlassian JIRA" -> "Jira", a vendor prefix
 * dropped), unknown (kept as O*NET writes it), or only a fragment of a longer product name ("Sage
 * 300 Construction and Real Estate" -> "Real Estate"), which would put a wrong skill on the
 * posting; and a name with a comma would split the description's tools line.
 */
function taxonomyNaming(name: string): 'known' | 'unknown' | 'partial' {
  if (name.includes(',')) return 'partial';
  const canonical = canonicalizeSkill(name);
  if (!canonical.known) return 'unknown';
  const words = name.split(/\s+/).filter(Boolean);
  // "Programmable logic controller PLC software" -> "PLC Programming": the name spells out its acronym.
  if (canonical.name.split(/\s+/).some((w) => /^[A-Z0-9]{2,}$/.test(w) && words.includes(w))) return 'known';
  return canonical.name.split(/\s+/).length * 2 >= words.length ? 'known' : 'partial';
}
