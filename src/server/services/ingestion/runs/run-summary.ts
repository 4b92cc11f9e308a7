/** What a run reports (CLI summary line, admin page, ingest_runs row). */
export interface RunSummary {
  runId: string;
  sourceKey: string;
  status: RunStatus;
  fetched: number;
  inserted: number;
  updated: number;
  unchanged: number;
  closed: number;
  duplicatesLinked: number;
  quarantined: number;
  error: string | null;
  /** Jobs written by the run (inserted first): add-by-URL opens the first. */
  jobIds: string[];
}

/**
 * succeeded: the feed was read to its end; partial: it was not (nothing closed); failed: the fetch
 * or the store failed; skipped: the source's circuit was open, nothing was fetched.
 */
export const RUN_STATUSES = ['running', 'succeeded', 'partial', 'failed', 'skipped'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const summaryLine = (s: Omit<RunSummary, 'jobIds'>): string =>
  `${s.sourceKey} ${s.status}: fetched ${s.fetched}, inserted ${s.inserted}, updated ${s.updated}, ` +
  `unchanged ${s.unchanged}, closed ${s.closed}, duplicates linked ${s.duplicatesLinked}, ` +
  `quarantined ${s.quarantined}${s.error ? ` (${s.error})` : ''}`;
