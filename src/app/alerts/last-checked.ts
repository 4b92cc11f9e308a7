import type { SavedSearchOutput } from '@/lib/validators/alerts';

/**
 * Whether an alert run has looked for new jobs: saving sets the cursor to the very instant the
 * search is created (create-saved-search.ts), and every run moves it on. A one-minute margin stood
 * in for that before, and an instant alert sent within that minute read "Not checked yet" (walk).
 */
export function lastChecked(search: SavedSearchOutput): search is SavedSearchOutput & { lastAlertedAt: Date } {
  return !!search.lastAlertedAt && search.lastAlertedAt.getTime() > search.createdAt.getTime();
}
