import { savedSearchCriteria, type SavedSearchCriteria, type SavedSearchOutput } from '@/lib/validators/alerts';
import { savedSearches } from '@/server/db/schema';

export const savedSearchColumns = {
  id: savedSearches.id,
  userId: savedSearches.userId,
  name: savedSearches.name,
  criteria: savedSearches.criteria,
  minMatchScore: savedSearches.minMatchScore,
  frequency: savedSearches.alertFrequency,
  lastAlertedAt: savedSearches.lastAlertedAt,
  createdAt: savedSearches.createdAt,
};

export interface SavedSearchRow {
  id: string;
  userId: string;
  name: string;
  criteria: Record<string, unknown>;
  minMatchScore: number | null;
  frequency: SavedSearchOutput['frequency'];
  lastAlertedAt: Date | null;
  createdAt: Date;
}

/**
 * Stored criteria were validated when saved; read them back through the same schema field by
 * field, so that a field a later version of the validator refuses drops alone instead of
 * failing the whole list.
 */
export function readCriteria(stored: Record<string, unknown>): SavedSearchCriteria {
  const whole = savedSearchCriteria.safeParse(stored);
  if (whole.success) return whole.data;
  const shape = savedSearchCriteria.shape;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const field = shape[key].safeParse(stored[key]);
    if (field.success) out[key] = field.data;
  }
  return savedSearchCriteria.parse(out);
}

/** Only what the owner may see: no user id. */
export function toSavedSearchOutput(row: SavedSearchRow): SavedSearchOutput {
  return {
    id: row.id,
    name: row.name,
    criteria: readCriteria(row.criteria),
    minMatchScore: row.minMatchScore,
    frequency: row.frequency,
    lastAlertedAt: row.lastAlertedAt,
    createdAt: row.createdAt,
  };
}
