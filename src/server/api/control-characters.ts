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

/** The string at a path findControlCharacter returned ("input" for a bare string), or null. */
export function textAt(value: unknown, path: string): string | null {
  if (path === 'input') return typeof value === 'string' ? value : null;
  let at: unknown = value;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return null;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'string' ? at : null;
}

/**
 * Where a text's first control character is, as a person finds it: "after “nurse”", and in a text
 * of several lines (a pasted resume) "on line 12, after “Design Engineer”". The message had named
 * the field only, and the character is invisible.
 */
export function controlCharacterPlace(text: string): string | null {
  const at = text.search(CONTROL);
  if (at < 0) return null;
  const lines = text.slice(0, at).split('\n');
  const before = (lines.at(-1) ?? '').trim().split(/\s+/).filter(Boolean).slice(-3).join(' ').slice(-40);
  const line = text.includes('\n') ? lines.length : null;
  if (!before) return line ? `at the start of line ${line}` : 'at the start';
  return `${line ? `on line ${line}, ` : ''}after “${before}”`;
}
