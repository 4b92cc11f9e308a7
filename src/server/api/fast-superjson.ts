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

const escapeKey = (key: string) => key.replace(/\./g, '\\.');
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

type Annotations = string[] | { [path: string]: Annotations } | undefined;

/** Folds a child's annotations into its parent's, the way superjson's walker does. */
function addChild(inner: Record<string, Annotations>, key: string, child: Annotations): void {
  if (Array.isArray(child)) {
    inner[key] = child;
    return;
  }
  for (const [path, tree] of Object.entries(child ?? {})) inner[`${escapeKey(key)}.${path}`] = tree;
}

/**
 * One pass over the value. An object or array is copied only when a value inside it changes (a
 * Date becomes its ISO string, undefined becomes null); the rest of the JSON is the value itself.
 * Annotations are built level by level as superjson builds them (so their keys come in the same
 * order: integer-like keys first at each level), but only along branches that have one. The first
 * version allocated a result and an annotation map for every value, which made this the largest
 * cost of answering a list after the framework's own.
 */
class Walker {
  readonly seen = new Set<object>();
  /** The annotations of the value walked last (read by its parent right after walking it). */
  annotations: Annotations;

  walk(v: unknown): unknown {
    this.annotations = undefined;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      // superjson annotates -0 (JSON has no way to write it), like NaN and Infinity.
      if (!Number.isFinite(v) || Object.is(v, -0)) throw new NotPlain();
      return v;
    }
    // superjson writes undefined as null and annotates it.
    if (v === undefined) {
      this.annotations = ['undefined'];
      return null;
    }
    if (typeof v !== 'object') throw new NotPlain();
    // superjson records objects met at several paths (referentialEqualities): leave those to it.
    if (this.seen.has(v)) throw new NotPlain();
    this.seen.add(v);
    if (v instanceof Date) {
      if (Number.isNaN(v.getTime())) throw new NotPlain();
      this.annotations = ['Date'];
      return v.toISOString();
    }
    return Array.isArray(v) ? this.walkArray(v) : this.walkObject(v);
  }

  private walkArray(v: unknown[]): unknown[] {
    let out: unknown[] | null = null;
    let inner: Record<string, Annotations> | undefined;
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) throw new NotPlain();
      const child = this.walk(v[i]);
      if (this.annotations !== undefined) addChild((inner ??= {}), String(i), this.annotations);
      if (out === null && child !== v[i]) out = v.slice(0, i);
      if (out !== null) out.push(child);
    }
    this.annotations = inner;
    return out ?? v;
  }

  private walkObject(v: object): object {
    if (!isPlainObject(v)) throw new NotPlain();
    const source = v as Record<string, unknown>;
    const keys = Object.keys(source);
    let out: Record<string, unknown> | null = null;
    let inner: Record<string, Annotations> | undefined;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (FORBIDDEN_KEYS.has(key)) throw new NotPlain();
      const value = source[key];
      const child = this.walk(value);
      if (this.annotations !== undefined) addChild((inner ??= {}), key, this.annotations);
      if (out === null && child !== value) {
        out = {};
        for (let j = 0; j < k; j++) out[keys[j]!] = source[keys[j]!];
      }
      if (out !== null) out[key] = child;
    }
    this.annotations = inner;
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
