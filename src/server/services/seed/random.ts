/**
 * Seeded randomness for the seed data. Math.random is never used: the same seed must give
 * the same rows on every machine, so tests, screenshots and benchmarks are reproducible.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform float in [min, max). */
  float(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks a key of `weights` with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * mulberry32: tiny, fast, and good enough for fixtures (not for secrets). A class rather than
 * closures: one generator is made per job, and methods on the prototype cost nothing to create.
 */
class Mulberry32 implements Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick() from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    let total = 0;
    for (const key in weights) total += weights[key];
    let r = this.next() * total;
    let last: K | undefined;
    for (const key in weights) {
      r -= weights[key];
      if (r < 0) return key;
      if (weights[key] > 0) last = key;
    }
    // Only reachable through float rounding at the very top of the range.
    if (last === undefined) throw new Error('weighted() with no positive weights');
    return last;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }
}

/** murmur3's finalizer: spreads nearby integers (seed 1, 2, 3...) over unrelated states. */
function fmix32(input: number): number {
  let h = input | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * An independent seed for item `index` of a stream. Giving every job its own generator means
 * job #n is the same whatever the batch size, and a top-up can start at any index.
 */
export function deriveSeed(seed: number, stream: number, index = 0): number {
  return fmix32(fmix32(fmix32(seed) + Math.imul(stream | 0, 0x9e3779b1)) + Math.imul(index | 0, 0x85ebca77));
}

export function createRng(seed: number): Rng {
  return new Mulberry32(seed);
}

/**
 * Weighted choice over a long list (occupations, companies): cumulative weights plus a binary
 * search, so 200k picks over ~900 items stay cheap. Zero-weight items are never chosen.
 */
export function weightedPicker<T>(items: readonly T[], weight: (item: T) => number): (rng: Rng) => T {
  const kept: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    const w = weight(item);
    if (!(w > 0)) continue;
    total += w;
    kept.push(item);
    cumulative.push(total);
  }
  if (kept.length === 0) throw new Error('weightedPicker() with no positive weights');
  return (rng) => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) > r) hi = mid;
      else lo = mid + 1;
    }
    return kept[lo] as T;
  };
}
