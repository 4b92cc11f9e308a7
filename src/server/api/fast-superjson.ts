/**
 * superjson's `serialize`, same wire format, for the plain data our procedures answer with.
 *
 * Profiled under load (`next start`, cached `jobs.search` at 8 connections), superjson's generic
 * walker took 17 % of the server's CPU: it copies the path array at every value, tests each one
 * against its whole type registry and keeps an identity map of every object. Outputs come out of
 * zod output schemas, so they are plain objects, arrays, strings, numbers, booleans, null,
 * undefined and Dates; this walk handles exactly those and gives the same `{ json, meta }` as
 * superjson 2.2 (property test: fast-superjson.test.ts). Anything else (a Map, a BigInt, a
 * non-finite number or -0, a class instance, an object met twice) hands the whole value to superjson.
 * The client is unchanged: it reads this with superjson's `deserialize`.
 */
import superjson from 'superjson';

class NotPlain extends Error {}

const escapeKey = (key: string | number) => String(key).replace(/\./g, '\\.');
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * One pass over the value. superjson's annotations of plain data are flat: the path of each Date
 * or undefined, dot-joined, to its type. The path is kept as a stack and joined only
 * where a value is annotated, and an object or array is copied only when a value inside it changes
 * (a Date becomes its ISO string, undefined becomes null); the rest of the JSON is the value itself.
 * Allocating a result and an annotation map for every value, as the first version did, made this
 * the largest cost of answering a list after the framework's own.
 */
class Walker {
  readonly seen = new Set<object>();
  readonly path: (string | number)[] = [];
  annotations: Record<string, string[]> | string[] | undefined;

  private note(type: string): void {
    if (this.path.length === 0) {
      this.annotations = [type];
      return;
    }
    const values = (this.annotations ??= {}) as Record<string, string[]>;
    // As superjson writes it: every key escaped but the last.
    const last = this.path.length - 1;
    values[this.path.map((key, i) => (i < last ? escapeKey(key) : String(key))).join('.')] = [type];
  }

  walk(v: unknown): unknown {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      // superjson annotates -0 (JSON has no way to write it), like NaN and Infinity.
      if (!Number.isFinite(v) || Object.is(v, -0)) throw new NotPlain();
      return v;
    }
    // superjson writes undefined as null and annotates it.
    if (v === undefined) {
      this.note('undefined');
      return null;
    }
    if (typeof v !== 'object') throw new NotPlain();
    // superjson records objects met at several paths (referentialEqualities): leave those to it.
    if (this.seen.has(v)) throw new NotPlain();
    this.seen.add(v);
    if (v instanceof Date) {
      if (Number.isNaN(v.getTime())) throw new NotPlain();
      this.note('Date');
      return v.toISOString();
    }
    return Array.isArray(v) ? this.walkArray(v) : this.walkObject(v);
  }

  private walkArray(v: unknown[]): unknown[] {
    let out: unknown[] | null = null;
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) throw new NotPlain();
      this.path.push(i);
      const child = this.walk(v[i]);
      this.path.pop();
      if (out === null && child !== v[i]) out = v.slice(0, i);
      if (out !== null) out.push(child);
    }
    return out ?? v;
  }

  private walkObject(v: object): object {
    if (!isPlainObject(v)) throw new NotPlain();
    const source = v as Record<string, unknown>;
    const keys = Object.keys(source);
    let out: Record<string, unknown> | null = null;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (FORBIDDEN_KEYS.has(key)) throw new NotPlain();
      const value = source[key];
      this.path.push(key);
      const child = this.walk(value);
      this.path.pop();
      if (out === null && child !== value) {
        out = {};
        for (let j = 0; j < k; j++) out[keys[j]!] = source[keys[j]!];
      }
      if (out !== null) out[key] = child;
    }
    return out ?? v;
  }
}

export function serialize(value: unknown): ReturnType<typeof superjson.serialize> {
  const walker = new Walker();
  let json: unknown;
  try {
    json = walker.walk(value);
  } catch (error) {
    if (error instanceof NotPlain) return superjson.serialize(value);
    throw error;
  }
  type Result = ReturnType<typeof superjson.serialize>;
  return walker.annotations === undefined
    ? { json: json as Result['json'] }
    : {
        json: json as Result['json'],
        meta: { values: walker.annotations as NonNullable<Result['meta']>['values'] },
      };
}

/** tRPC's output transformer: this serialize, superjson's deserialize. */
export const fastOutputTransformer = {
  serialize,
  deserialize: <T>(payload: Parameters<typeof superjson.deserialize>[0]) => superjson.deserialize<T>(payload),
};
