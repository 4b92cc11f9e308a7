/**
 * Outcome rates by dimension (pure). A group with fewer than MIN_SAMPLE applications is not
 * shown: one interview out of two applications reads as a 50 % rate and teaches nothing. The
 * hidden groups are counted, so the page can say how much it left out.
 */
import { BREAKDOWN_DIMENSIONS, type Breakdown, type BreakdownDimension } from '@/lib/validators/analytics';
import type { ApplicationFact } from './application-facts';
import { countOutcomes } from './compute-metrics';
import { dimensionValue, KEY_ORDER } from './dimensions';

/** Fewest applications a breakdown group or an insight may rest on. */
export const MIN_SAMPLE = 5;

export function breakdownBy(
  dimension: BreakdownDimension,
  facts: readonly ApplicationFact[],
  minSample = MIN_SAMPLE,
): Breakdown {
  const groups = new Map<string, { label: string; facts: ApplicationFact[] }>();
  for (const f of facts) {
    const { key, label } = dimensionValue(dimension, f);
    const group = groups.get(key) ?? { label, facts: [] };
    group.facts.push(f);
    groups.set(key, group);
  }
  const all = [...groups.entries()].map(([key, g]) => ({ key, label: g.label, ...countOutcomes(g.facts) }));
  const shown = all.filter((g) => g.n >= minSample);
  const hidden = all.filter((g) => g.n < minSample);
  const order = KEY_ORDER[dimension];
  shown.sort((a, b) => (order ? order.indexOf(a.key) - order.indexOf(b.key) : b.n - a.n || a.key.localeCompare(b.key)));
  return {
    dimension,
    groups: shown,
    hiddenGroups: hidden.length,
    hiddenApplications: hidden.reduce((sum, g) => sum + g.n, 0),
  };
}

export function computeBreakdowns(facts: readonly ApplicationFact[], minSample = MIN_SAMPLE): Breakdown[] {
  return BREAKDOWN_DIMENSIONS.map((d) => breakdownBy(d, facts, minSample));
}
