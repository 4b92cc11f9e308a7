/**
 * fast-check arbitraries from zod 4 schemas: inputs that look like what a client sends, so the fuzz
 * reaches the services instead of stopping at validation. zod-fast-check covers zod 3 only, so this
 * walks the zod 4 definitions (`schema._zod.def`) for the kinds our validators use; an unknown kind
 * gets arbitrary JSON rather than an error, so a new validator is still fuzzed.
 *
 * "Looks valid" is a bias, not a promise: lengths, bounds and formats come from the schema, but
 * refinements (date order, "not in the future") are left to chance, which probes them too.
 */
import fc from 'fast-check';
import { CAREER_EARLIEST_DATE, careerLatestDate } from '@/lib/validators/dates';

export interface ArbitraryOptions {
  /** Ids that exist in the fuzz database (the caller's own records, a real job): uuids use them half the time. */
  ids: readonly string[];
  /** Longest string in a valid-looking input, unless the schema allows less: keeps the services fast. */
  maxText: number;
}

interface ZodDef {
  type: string;
  [key: string]: unknown;
}
interface ZodLike {
  _zod: { def: ZodDef; optin?: string };
}
interface CheckDef {
  check: string;
  [key: string]: unknown;
}

const defOf = (schema: unknown): ZodDef => (schema as ZodLike)._zod.def;
const checksOf = (def: ZodDef): CheckDef[] =>
  ((def.checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def);

/** Words the services treat specially (skills in the lexicon, websearch syntax, places). */
const WORDS = [
  'engineer',
  'Python',
  'SQL',
  'Kubernetes',
  'registered nurse',
  'Denver, CO',
  'remote',
  '"data analyst"',
  'senior -manager',
  'react OR vue',
  'the',
  'Acme Corp',
  'C++',
  'Ω résumé',
];

const DAY_MS = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/**
 * Dates near today (refinements compare with it), across the allowed 1900-2100, the edges of a
 * working life (a profile's dates: 1940 to ten years ahead) and a few odd ones.
 */
const isoDateArb = fc.oneof(
  fc.integer({ min: -5 * 365, max: 370 }).map((days) => isoDay(new Date(Date.now() + days * DAY_MS))),
  fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .map(isoDay),
  fc.date({ min: new Date(`${CAREER_EARLIEST_DATE}T00:00:00Z`), max: new Date(), noInvalidDate: true }).map(isoDay),
  fc.constantFrom(
    '',
    '1900-01-01',
    '2100-12-31',
    '1939-12-31',
    CAREER_EARLIEST_DATE,
    careerLatestDate(),
    '2024-02-29',
    '2023-02-29',
    '2024-13-01',
  ),
);

function stringArb(def: ZodDef, opts: ArbitraryOptions): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum as number));
  const max = Math.min(opts.maxText, ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum as number));
  const patterns = checks
    .filter((c) => c.check === 'string_format' && c.format === 'regex')
    .map((c) => c.pattern as RegExp);
  switch (def.format) {
    case 'uuid':
    case 'guid':
      return opts.ids.length > 0
        ? fc.oneof(fc.constantFrom(...opts.ids), fc.uuid({ version: 4 }))
        : fc.uuid({ version: 4 });
    case 'date':
      return isoDateArb;
    case 'datetime':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress().filter((e) => e.length <= Math.max(max, 6));
    case 'url':
      return fc.webUrl();
    default:
      break;
  }
  if (patterns.length === 1 && patterns[0]) {
    return fc.stringMatching(patterns[0]).map((s) => s.slice(0, Math.max(max, min, 1) * 2));
  }
  if (patterns.length > 1) {
    // Several unanchored rules ("a lowercase letter", "a digit"…): a string holding a match of each passes all.
    return fc
      .tuple(...patterns.map((p) => fc.stringMatching(p, { size: 'xsmall' })))
      .map((parts) => parts.join('').padEnd(min, 'x').slice(0, Math.max(max, min)));
  }
  const upper = Math.max(min, max);
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...WORDS).filter((w) => w.length >= min && w.length <= upper) },
    { weight: 2, arbitrary: fc.string({ minLength: min, maxLength: upper }) },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: upper, unit: 'grapheme' }) },
  );
}

function numberArb(def: ZodDef): fc.Arbitrary<number | string> {
  const checks = checksOf(def);
  const isInt = checks.some((c) => c.check === 'number_format' && /int/.test(String(c.format)));
  const lower = checks.find((c) => c.check === 'greater_than');
  const upper = checks.find((c) => c.check === 'less_than');
  const lo = typeof lower?.value === 'number' ? lower.value : -1e9;
  const hi = typeof upper?.value === 'number' ? upper.value : 1e9;
  const base: fc.Arbitrary<number> = isInt
    ? fc.oneof(fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }), fc.constantFrom(Math.ceil(lo), Math.floor(hi)))
    : fc.oneof(fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(lo, hi, 0));
  // A form posts numbers as text; coercing schemas accept both.
  return def.coerce ? fc.oneof(base, base.map(String)) : base;
}

/** An arbitrary for `schema`. Depth guards z.lazy and recursive shapes. */
export function arbitraryFor(schema: unknown, opts: ArbitraryOptions, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: unknown) => arbitraryFor(s, opts, depth + 1);
  if (depth > 12) return fc.constant(undefined);
  switch (def.type) {
    case 'string':
      return stringArb(def, opts);
    case 'number':
      return numberArb(def);
    case 'int':
      return fc.integer();
    case 'boolean':
      return def.coerce ? fc.oneof(fc.boolean(), fc.constantFrom('true', 'false')) : fc.boolean();
    case 'bigint':
      return fc.bigInt();
    case 'date': {
      const min = checksOf(def).find((c) => c.check === 'greater_than')?.value as Date | undefined;
      return fc.date({
        min: min ?? new Date('1990-01-01T00:00:00Z'),
        max: new Date(Date.now() + DAY_MS),
        noInvalidDate: true,
      });
    }
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string | number>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'object': {
      const shape = def.shape as Record<string, ZodLike>;
      const requiredKeys = Object.keys(shape).filter((k) => shape[k]?._zod.optin === undefined);
      const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, inner(s)]));
      return fc.record(fields, { requiredKeys });
    }
    case 'array': {
      const checks = checksOf(def);
      const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum as number));
      const max = Math.min(5, ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum as number));
      return fc.array(inner(def.element), { minLength: min, maxLength: Math.max(min, max) });
    }
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map(inner));
    case 'record':
      return fc.dictionary(inner(def.keyType).map(String), inner(def.valueType), { maxKeys: 4 });
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 3 });
    case 'default':
    case 'prefault':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'catch':
    case 'readonly':
    case 'nonoptional':
    case 'success':
      return inner(def.innerType);
    case 'pipe':
      // z.preprocess(fn, schema) pipes a transform into a schema, and `.pipe(z.email())` narrows a
      // string: generate for the target. `.transform(fn)` pipes into a transform: generate for the source.
      return defOf(def.out).type === 'transform' ? inner(def.in) : inner(def.out);
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(inner));
    case 'intersection':
      return fc
        .tuple(inner(def.left), inner(def.right))
        .map(([l, r]) => (isPlainObject(l) && isPlainObject(r) ? { ...l, ...r } : l));
    case 'lazy':
      return inner((def.getter as () => unknown)());
    default:
      // transform, any, unknown, custom and kinds added later: arbitrary JSON still probes them.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
