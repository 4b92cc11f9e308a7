/**
 * Whether this server process is still making its embedded database's jobs matchable (the first
 * start of a fresh clone: see prepare-in-background.ts). Pages that show matches read it to say
 * "matches are being prepared" instead of ranking a half-embedded job set. Kept on globalThis:
 * the instrumentation hook and the pages are separate module instances in one process.
 */
export type PreparationPhase = 'none' | 'preparing' | 'ready' | 'failed';

export interface PreparationStatus {
  phase: PreparationPhase;
  /** Jobs made matchable so far, and how many needed it when the preparation started. */
  done: number;
  total: number;
}

const holder = globalThis as unknown as { __gmjMatchPreparation?: PreparationStatus };

export function preparationStatus(): PreparationStatus {
  return holder.__gmjMatchPreparation ?? { phase: 'none', done: 0, total: 0 };
}

export function setPreparationStatus(status: PreparationStatus): void {
  holder.__gmjMatchPreparation = status;
}
