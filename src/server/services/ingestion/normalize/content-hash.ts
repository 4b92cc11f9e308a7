/**
 * sha256 of the stable JSON of every stored field: keys sorted, dates as ISO strings. A replay
 * whose hash equals the stored one writes nothing.
 */
import { createHash } from 'node:crypto';

function stable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, stable((value as Record<string, unknown>)[k])]),
    );
  return value;
}

export function contentHash(fields: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify(stable(fields)))
    .digest('hex');
}
