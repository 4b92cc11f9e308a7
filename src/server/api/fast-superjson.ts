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

type Annotations = string[] | { [path: string]: Annotations } | undefined;

interface Walked {
  value: unknown;
  annotations: Annotations;
}

class NotPlain extends Error {}

const escapeKey = (key: string) => key.replace(/\./g, '\\.');
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Folds a child's annotations into its parent's, the way superjson's walker does. */
function addChild(inner: Record<string, Annotations>, key: string, child: Annotations): void {
  if (child === undefined) return;
  if (Array.isArray(child)) {
    inner[key] = child;
    return;
  }
  for (const [path, tree] of Object.entries(child)) inner[`${escapeKey(key)}.${path}`] = tree;
}

function walk(v: unknown, seen: Set<object>): Walked {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return { value: v, annotations: undefined };
  if (typeof v === 'number') {
    // superjson annotates -0 (JSON has no way to write it), like NaN and Infinity.
    if (!Number.isFinite(v) || Object.is(v, -0)) throw new NotPlain();
    return { value: v, annotations: undefined };
  }
  // superjson writes undefined as null and annotates it.
  if (v === undefined) return { value: null, annotations: ['undefined'] };
  if (typeof v !== 'object') throw new NotPlain();
  // superjson records objects met at several paths (referentialEqualities): leave those to it.
  if (seen.has(v)) throw new NotPlain();
  seen.add(v);
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new NotPlain();
    return { value: v.toISOString(), annotations: ['Date'] };
  }
  const inner: Record<string, Annotations> = {};
  let out: unknown[] | Record<string, unknown>;
  if (Array.isArray(v)) {
    const arr: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) throw new NotPlain();
      const child = walk(v[i], seen);
      arr[i] = child.value;
      addChild(inner, String(i), child.annotations);
    }
    out = arr;
  } else {
    if (!isPlainObject(v)) throw new NotPlain();
    const obj: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(v)) {
      if (FORBIDDEN_KEYS.has(key)) throw new NotPlain();
      const child = walk(value, seen);
      obj[key] = child.value;
      addChild(inner, key, child.annotations);
    }
    out = obj;
  }
  for (const _ in inner) return { value: out, annotations: inner };
  return { value: out, annotations: undefined };
}

export function serialize(value: unknown): ReturnType<typeof superjson.serialize> {
  let walked: Walked;
  try {
    walked = walk(value, new Set());
  } catch (error) {
    if (error instanceof NotPlain) return superjson.serialize(value);
    throw error;
  }
  const json = walked.value as ReturnType<typeof superjson.serialize>['json'];
  return walked.annotations === undefined
    ? { json }
    : {
        json,
        meta: { values: walked.annotations as NonNullable<ReturnType<typeof superjson.serialize>['meta']>['values'] },
      };
}

/** tRPC's output transformer: this serialize, superjson's deserialize. */
export const fastOutputTransformer = {
  serialize,
  deserialize: <T>(payload: Parameters<typeof superjson.deserialize>[0]) => superjson.deserialize<T>(payload),
};
