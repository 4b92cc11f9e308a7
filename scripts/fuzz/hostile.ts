/**
 * Hostile mutations of a valid-looking input: what a script, a broken client or an attacker sends.
 * Only values that superjson carries over HTTP (JSON, Date, BigInt, Map, Set, NaN, ±Infinity, -0,
 * undefined), so every mutation is one a real request could make.
 */
import fc from 'fast-check';

/** Beyond every string limit the validators set (the largest, a resume paste, is 200,000). */
const HUGE = 300_000;

const deep = (levels: number, leaf: unknown, wrap: (v: unknown) => unknown) => {
  let v = leaf;
  for (let i = 0; i < levels; i += 1) v = wrap(v);
  return v;
};

const CONTROL_AND_ODD_TEXT = [
  '\u0000',
  'Py\u0000thon',
  '\u0007bell',
  '\u001b[31mred',
  '\u007f',
  '\u202eevil\u202c', // right-to-left override
  '\ud800', // lone surrogate: not valid UTF-16
  'zero\u200bwidth',
  '\ufeffBOM',
  'line\r\nbreak\ttab\fform',
  "' OR 1=1 --",
  '%_\\',
  '"unterminated',
  '-',
  'OR OR OR',
  '!!!',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '${jndi:ldap://x}',
  '😀'.repeat(50),
  'İstanbul ß ﬃ',
  ' '.repeat(500),
];

const HUGE_TEXT = ['a'.repeat(HUGE), '😀'.repeat(HUGE / 2), 'word '.repeat(HUGE / 5)];

const EXTREME_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  -(2 ** 53) - 2,
  2 ** 31,
  -(2 ** 31) - 1,
  1e21,
  0.1 + 0.2,
  -1,
];

const EDGE_DATES = [
  '9999-12-31',
  '0001-01-01',
  '0000-00-00',
  '2024-02-30',
  '+275760-09-13',
  '1899-12-31',
  '2101-01-01',
  '1970-01-01',
  '2024-03-01T25:61:00Z',
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(Number.NaN),
  new Date('0001-01-01T00:00:00Z'),
  new Date('9999-12-31T23:59:59Z'),
];

const WRONG_TYPES = [
  null,
  undefined,
  true,
  false,
  0,
  '',
  'null',
  [],
  {},
  [null],
  { nested: { value: 1 } },
  12345678901234567890n,
  new Map([['a', 1]]),
  new Set([1, 2]),
];

const DEEP = [
  deep(2_000, 'x', (v) => ({ a: v })),
  deep(2_000, 'x', (v) => [v]),
  Array.from({ length: 10_000 }, (_, i) => i),
];

/** Keys a mass-assignment or prototype-pollution attempt would add. */
const EXTRA_KEYS: [string, unknown][] = [
  ['__proto__', { polluted: true }],
  ['constructor', { prototype: { polluted: true } }],
  ['role', 'admin'],
  ['userId', '00000000-0000-4000-8000-000000000000'],
  ['id', '00000000-0000-4000-8000-000000000000'],
  ['', ''],
];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CONTROL_AND_ODD_TEXT) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_TEXT) },
  { weight: 3, arbitrary: fc.constantFrom(...EXTREME_NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_DATES) },
  { weight: 3, arbitrary: fc.constantFrom(...WRONG_TYPES) },
  { weight: 1, arbitrary: fc.constantFrom(...DEEP) },
);

type Path = (string | number)[];

/** Every place in `value` a mutation can hit: the value itself, each container and each leaf. */
function places(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => places(v, [...path, i], out));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) places(v, [...path, k], out);
  }
  return out;
}

function setAt(root: unknown, path: Path, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(root);
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(root)) {
    const copy: unknown[] = [...(root as unknown[])];
    copy[head as number] = setAt(copy[head as number], rest, replace);
    return copy;
  }
  const copy = { ...(root as Record<string, unknown>) };
  copy[head] = setAt(copy[head], rest, replace);
  return copy;
}

const MUTATIONS = ['replace', 'append', 'extraKey'] as const;

/** A mutation of `valid`: one place replaced by a hostile value, text spliced into a string, or an extra key. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), fc.constantFrom(...MUTATIONS), hostileValue, fc.constantFrom(...EXTRA_KEYS))
    .map(([input, at, how, value, [key, extra]]) => {
      const all = places(input);
      const path = all[at % all.length] ?? [];
      if (how === 'replace') return setAt(input, path, () => value);
      if (how === 'append') {
        return setAt(input, path, (old) =>
          typeof old === 'string' && typeof value === 'string' ? `${old}${value}${old}` : value,
        );
      }
      return setAt(input, path, (old) => {
        if (!old || typeof old !== 'object' || Array.isArray(old) || old instanceof Date) return old;
        // defineProperty: `__proto__` must be an own key, as JSON.parse makes it, not a prototype change.
        const copy = { ...old };
        Object.defineProperty(copy, key, { value: extra, enumerable: true, writable: true, configurable: true });
        return copy;
      });
    });
}
