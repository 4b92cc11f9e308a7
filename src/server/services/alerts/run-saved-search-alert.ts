import type { MatchingContext } from '../matching/matching-context';
import { deliverDigest, type Delivered, type DeliveryDeps } from './deliver-digest';
import { recordAlertRun, type RecordedRun } from './record-alert-run';

export interface AlertRunDeps extends DeliveryDeps {
  mc: MatchingContext;
}

/**
 * One saved search's alert for one run slot, both halves (the workflow runs them as two steps).
 * Idempotent per (saved search, slot): run it again, after a crash anywhere, and the slot's jobs
 * are neither alerted twice nor lost.
 */
export async function runSavedSearchAlert(
  deps: AlertRunDeps,
  savedSearchId: string,
  slot: string,
): Promise<{ recorded: RecordedRun; delivered: Delivered | null }> {
  const recorded = await recordAlertRun(deps.mc, savedSearchId, slot);
  const delivered = recorded.digestId ? await deliverDigest(deps, recorded.digestId) : null;
  return { recorded, delivered };
}
