/**
 * The chance of an interview or offer if the caller applied to a job now. Like the seed, it
 * answers only for a seeker with at least MIN_OWN_APPLICATIONS applications, and never guesses:
 * below that, or while the platform has too few known outcomes, it says so instead.
 */
import { and, count, eq, isNotNull, ne } from 'drizzle-orm';
import { predictionInput, type PredictionInput, type PredictionOutput } from '@/lib/validators/analytics';
import type { DbOrTx } from '@/server/db';
import { applications, companies, jobMatchScores, jobs, preferences } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { jobVisibleTo } from '../../jobs/visibility';
import type { Actor } from '../../actor';
import { annualExpectationUsd } from '../salary-expectation';
import { explainPrediction } from './explain-prediction';
import type { PredictionRow } from './features';
import { getSuccessModel, MIN_TRAINING_OUTCOMES } from './model-cache';
import { predictProbability, type SuccessModel } from './train-model';

/** The seed's minimum: fewer of the seeker's own applications and there is no prediction. */
export const MIN_OWN_APPLICATIONS = 10;

export function confidenceLevel(model: Pick<SuccessModel, 'auc' | 'trainingSize'>): 'low' | 'medium' | 'high' {
  const auc = model.auc ?? 0.5;
  if (auc >= 0.75 && model.trainingSize >= 1000) return 'high';
  if (auc >= 0.65 && model.trainingSize >= MIN_TRAINING_OUTCOMES) return 'medium';
  return 'low';
}

async function ownApplicationCount(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(applications)
    .where(and(eq(applications.userId, userId), isNotNull(applications.appliedAt), ne(applications.status, 'saved')));
  return row?.n ?? 0;
}

async function rowForJob(db: DbOrTx, userId: string, jobId: string, now: Date): Promise<PredictionRow> {
  const [job] = await db
    .select({
      title: jobs.title,
      remoteType: jobs.remoteType,
      salaryAnnualUsd: jobs.salaryAnnualUsd,
      industry: companies.industry,
      companySize: companies.size,
    })
    .from(jobs)
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(and(eq(jobs.id, jobId), jobVisibleTo(userId)))
    .limit(1);
  if (!job) throw new AppError('NOT_FOUND', 'This job does not exist or was removed.');
  const [[match], [prefs]] = await Promise.all([
    db
      .select({ score: jobMatchScores.compositeScore })
      .from(jobMatchScores)
      .where(and(eq(jobMatchScores.userId, userId), eq(jobMatchScores.jobId, jobId)))
      .limit(1),
    db
      .select({ min: preferences.salaryMin, period: preferences.salaryPeriod, currency: preferences.salaryCurrency })
      .from(preferences)
      .where(eq(preferences.userId, userId))
      .limit(1),
  ]);
  return {
    ...job,
    matchScore: match ? Number(match.score) : null,
    appliedAt: now,
    salaryMinAnnualUsd: prefs ? annualExpectationUsd(prefs.min, prefs.period, prefs.currency) : null,
  };
}

export async function predictSuccess(
  db: DbOrTx,
  raw: PredictionInput,
  actor: Actor,
  now = new Date(),
): Promise<PredictionOutput> {
  const { jobId } = predictionInput.parse(raw);
  const row = await rowForJob(db, actor.userId, jobId, now);
  const own = await ownApplicationCount(db, actor.userId);
  if (own < MIN_OWN_APPLICATIONS) {
    return {
      status: 'insufficient_data',
      reason: 'few_own_applications',
      have: own,
      need: MIN_OWN_APPLICATIONS,
      message: `Predictions start once you have tracked ${MIN_OWN_APPLICATIONS} applications; you have ${own}.`,
    };
  }
  const state = await getSuccessModel(db, now);
  if (state.status !== 'ready') {
    return {
      status: 'insufficient_data',
      reason: 'few_platform_outcomes',
      have: state.outcomes,
      need: MIN_TRAINING_OUTCOMES,
      message: 'Not enough application outcomes on the platform yet to estimate chances reliably.',
    };
  }
  const { model } = state;
  return {
    status: 'ok',
    jobId,
    probability: Math.round(predictProbability(model, row) * 10_000) / 10_000,
    confidence: {
      level: confidenceLevel(model),
      auc: Math.round((model.auc ?? 0.5) * 1000) / 1000,
      trainingSize: model.trainingSize,
    },
    factors: explainPrediction(model, row),
    trainedAt: model.trainedAt,
  };
}
