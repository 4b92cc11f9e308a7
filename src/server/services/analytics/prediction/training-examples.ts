/**
 * The platform's known outcomes, as training examples (target: reached an interview or offer,
 * the seed's success set). An application counts once its outcome is known: it reached an
 * interview (1), or was rejected, ghosted, or left unanswered for OUTCOME_KNOWN_AFTER_DAYS (0).
 * Recent unanswered applications and withdrawals before any interview are left out: their
 * outcome was never decided, and counting them as failures would teach the model that
 * applying recently is bad luck.
 */
import type { DbOrTx } from '@/server/db';
import { loadApplicationFacts, type ApplicationFact } from '../application-facts';
import type { TrainingExample } from './train-model';

export const OUTCOME_KNOWN_AFTER_DAYS = 30;
const DAY_MS = 86_400_000;

export function labelOf(fact: ApplicationFact, now: Date): 0 | 1 | null {
  if (fact.interviewed) return 1;
  if (fact.status === 'withdrawn') return null;
  if (fact.status === 'rejected' || fact.status === 'ghosted') return 0;
  return now.getTime() - fact.appliedAt.getTime() >= OUTCOME_KNOWN_AFTER_DAYS * DAY_MS ? 0 : null;
}

export function toExamples(facts: readonly ApplicationFact[], now: Date): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const f of facts) {
    const label = labelOf(f, now);
    if (label === null) continue;
    out.push({
      label,
      group: f.userId,
      row: {
        matchScore: f.matchScore,
        appliedAt: f.appliedAt,
        title: f.title,
        companySize: f.companySize,
        industry: f.industry,
        remoteType: f.remoteType,
        salaryAnnualUsd: f.salaryAnnualUsd,
        salaryMinAnnualUsd: f.salaryMinAnnualUsd,
      },
    });
  }
  return out;
}

export async function loadTrainingExamples(db: DbOrTx, now: Date): Promise<TrainingExample[]> {
  return toExamples(await loadApplicationFacts(db), now);
}
