/**
 * Control characters (src/lib/control-characters.ts) are checked on the raw input of every
 * procedure, before validation, so no schema can forget them.
 */
import { CONTROL_CHARACTER as CONTROL } from '@/lib/control-characters';

/** Deep enough for every input we take; deeper structures are refused by their schemas anyway. */
const MAX_DEPTH = 8;

/** The path of the first string holding a control character ("experience.2.title"), or null. */
export function findControlCharacter(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === 'string') return CONTROL.test(value) ? path.join('.') || 'input' : null;
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return null;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, v] of entries) {
    const found = CONTROL.test(key) ? [...path, key].join('.') : findControlCharacter(v, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
