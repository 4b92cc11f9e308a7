/**
 * Whether two saved searches' criteria find the same jobs: the search reads keywords without
 * regard to case or spacing, and a filter's values in any order. Two such searches would alert
 * twice about every job (seen on a walk: one search saved twice under two names).
 */
function canonical(value: unknown): unknown {
  if (typeof value === 'string') return value.trim().replace(/\s+/g, ' ').toLowerCase();
  if (Array.isArray(value)) return [...new Set(value.map((v) => JSON.stringify(canonical(v))))].sort();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export const sameSearch = (a: unknown, b: unknown): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
