/**
 * Job alerts. Hourly: every due saved search (instant each run, daily after 24 h, weekly after
 * 7 days) gets its run, in two steps (claim the new jobs, then deliver the digest) that are
 * idempotent per (saved search, slot): the slot is the run's hour, so a retried or duplicated
 * cron run of the hour reuses the hour's digest. Instant searches also run when jobs/changed
 * reports a new open job. Without Inngest, schedule-in-process.ts runs the hourly part.
 */
import { getDatabase } from '@/server/db';
import type { Database } from '@/server/db';
import { productionAlertDeps } from '@/server/services/alerts/alert-deps';
import { deliverDigest } from '@/server/services/alerts/deliver-digest';
import {
  dueSavedSearchIds,
  hourSlot,
  instantSearchIdsForJobs,
  unfinishedDigestIds,
} from '@/server/services/alerts/due-saved-searches';
import { recordAlertRun } from '@/server/services/alerts/record-alert-run';
import type { AlertRunDeps } from '@/server/services/alerts/run-saved-search-alert';
import { inngest } from '../client';
import { defineWorkflow, type WorkflowStep } from '../workflow';

export const JOB_ALERTS_CRON = '0 * * * *';

export interface AlertRunSummary {
  searches: number;
  digests: number;
  emailed: number;
}

/** Each search's two steps; their ids name the search, the slot is fixed for the whole run. */
async function runSearches(
  step: WorkflowStep,
  deps: () => AlertRunDeps,
  ids: readonly string[],
  slot: string,
): Promise<AlertRunSummary> {
  const summary: AlertRunSummary = { searches: ids.length, digests: 0, emailed: 0 };
  for (const id of ids) {
    const recorded = await step.run(`record-${id}`, () => recordAlertRun(deps().mc, id, slot));
    if (!recorded.digestId) continue;
    const digestId = recorded.digestId;
    const delivered = await step.run(`deliver-${id}`, () => deliverDigest(deps(), digestId));
    // A digest this slot already delivered (the run was retried) is not counted again.
    if (delivered?.notificationCreated || delivered?.email === 'sent') summary.digests += 1;
    if (delivered?.email === 'sent') summary.emailed += 1;
  }
  return summary;
}

/** Built on first use: a run with nothing due never reads the secret or picks a mailer. */
const lazyDeps = (db: Database) => {
  let deps: AlertRunDeps | undefined;
  return () => (deps ??= productionAlertDeps(db));
};

/** The hourly run: `at` is when it was scheduled (the same on every retry). */
export async function runDueJobAlerts(step: WorkflowStep, db: Database, at: Date): Promise<AlertRunSummary> {
  const deps = lazyDeps(db);
  const slot = hourSlot(at);
  const unfinished = await step.run('pick-unfinished-digests', () => unfinishedDigestIds(db));
  for (const digestId of unfinished) await step.run(`finish-${digestId}`, () => deliverDigest(deps(), digestId));
  const due = await step.run('pick-due-searches', () => dueSavedSearchIds(db, at));
  return runSearches(step, deps, due, slot);
}

/** The cron function over a database (tests pass theirs; the app, getDatabase's). */
export const jobAlertsFunctionFor = (getDb: () => Promise<Database>) =>
  inngest.createFunction({ id: 'job-alerts', triggers: [{ cron: JOB_ALERTS_CRON }] }, async ({ event, step }) => {
    const adapted: WorkflowStep = {
      // Inngest memoizes step results as JSON; these steps return JSON-safe values.
      run: <T>(id: string, fn: () => Promise<T>) => step.run(id, fn) as Promise<T>,
      sleep: (id, durationMs) => step.sleep(id, durationMs),
    };
    return runDueJobAlerts(adapted, await getDb(), new Date(event.ts ?? Date.now()));
  });

export const jobAlertsFunction = jobAlertsFunctionFor(async () => (await getDatabase()).db);

/** Instant alerts as soon as new jobs are reported (slot: this event's pick, memoized on retry). */
export const instantJobAlerts = defineWorkflow({
  id: 'instant-job-alerts',
  event: 'jobs/changed',
  handler: async ({ event, step, deps }) => {
    const picked = await step.run('pick-instant-searches', async () => ({
      slot: `jobs-${new Date().toISOString().slice(0, 19)}`,
      ids: await instantSearchIdsForJobs(deps.db, event.data.jobIds),
    }));
    return runSearches(step, lazyDeps(deps.db), picked.ids, picked.slot);
  },
});

/**
 * The hourly run without Inngest (schedule-in-process.ts), retried like an Inngest run: completed
 * steps are remembered across attempts, so a retry resumes where the failed attempt stopped.
 */
export async function runJobAlertsInProcess(db: Database, at: Date, attempts = 3): Promise<AlertRunSummary> {
  const memo = new Map<string, unknown>();
  const step: WorkflowStep = {
    async run<T>(id: string, fn: () => Promise<T>): Promise<T> {
      if (!memo.has(id)) memo.set(id, await fn());
      return memo.get(id) as T;
    },
    sleep: () => Promise.resolve(),
  };
  for (let attempt = 1; ; attempt++) {
    try {
      return await runDueJobAlerts(step, db, at);
    } catch (err) {
      if (attempt >= attempts) throw err;
    }
  }
}
