/** Stored occupation guesses ({ code, confidence }) to OccupationGuess, titles from O*NET. */
import { loadOnet } from '@/server/data/onet';
import type { OccupationGuessRow } from '@/server/db/schema';
import type { OccupationGuess } from './types';

let titles: Map<string, string> | undefined;

export function onetTitle(code: string): string | null {
  titles ??= new Map(loadOnet().occupations.map((o) => [o.code, o.title]));
  return titles.get(code) ?? null;
}

/** Unknown codes (an O*NET revision dropped them) are skipped rather than shown untitled. */
export const toOccupationGuesses = (rows: readonly OccupationGuessRow[]): OccupationGuess[] =>
  rows.flatMap((r) => {
    const title = onetTitle(r.code);
    return title ? [{ code: r.code, title, confidence: r.confidence }] : [];
  });

export const toOccupationRows = (guesses: readonly OccupationGuess[]): OccupationGuessRow[] =>
  guesses.map((g) => ({ code: g.code, confidence: Math.round(g.confidence * 10_000) / 10_000 }));
