/**
 * O*NET occupations by code, and their relatedness (Related Occupations.txt): the vocabulary both
 * occupation inference and occupation similarity speak. Loaded once per process, on first use.
 */
import { processWide } from '@/server/process-wide';
import { loadOnet, type OnetOccupation, type OnetRelatedOccupation } from '@/server/data/onet';

export type RelatednessTier = OnetRelatedOccupation['tier'];

interface Catalog {
  byCode: ReadonlyMap<string, OnetOccupation>;
  /** code -> related code -> the closest tier, in either direction (O*NET lists are one-way). */
  related: ReadonlyMap<string, ReadonlyMap<string, RelatednessTier>>;
}

const TIER_RANK: Readonly<Record<RelatednessTier, number>> = { 'primary-short': 0, 'primary-long': 1, supplemental: 2 };

function addLink(
  related: Map<string, Map<string, RelatednessTier>>,
  from: string,
  to: string,
  tier: RelatednessTier,
): void {
  let links = related.get(from);
  if (!links) related.set(from, (links = new Map<string, RelatednessTier>()));
  const current = links.get(to);
  if (!current || TIER_RANK[tier] < TIER_RANK[current]) links.set(to, tier);
}

const getCatalog = processWide('occupation-catalog', (): Catalog => {
  const occupations = loadOnet().occupations;
  const related = new Map<string, Map<string, RelatednessTier>>();
  for (const o of occupations) {
    for (const r of o.relatedOccupations) {
      // "B is related to A" is as good a reason as "A is related to B": a seeker and a job are
      // compared in both directions, and the lists are capped at 20, so one side often omits it.
      addLink(related, o.code, r.code, r.tier);
      addLink(related, r.code, o.code, r.tier);
    }
  }
  return { byCode: new Map(occupations.map((o) => [o.code, o])), related };
});

export function allOccupations(): readonly OnetOccupation[] {
  return [...getCatalog().byCode.values()];
}

export function occupationByCode(code: string): OnetOccupation | undefined {
  return getCatalog().byCode.get(code);
}

/** The O*NET title ("Software Developers"), or null for an unknown code. */
export function occupationTitle(code: string): string | null {
  return occupationByCode(code)?.title ?? null;
}

/** How closely O*NET relates two occupations: their closest tier in either direction, or null. */
export function relatednessTier(a: string, b: string): RelatednessTier | null {
  return getCatalog().related.get(a)?.get(b) ?? null;
}

/** The occupations O*NET relates to `code` (either direction), closest tier first. */
export function relatedOccupations(code: string): { code: string; title: string; tier: RelatednessTier }[] {
  const links = getCatalog().related.get(code);
  if (!links) return [];
  return [...links]
    .map(([c, tier]) => ({ code: c, title: occupationTitle(c) ?? c, tier }))
    .sort((x, y) => TIER_RANK[x.tier] - TIER_RANK[y.tier] || x.code.localeCompare(y.code));
}
