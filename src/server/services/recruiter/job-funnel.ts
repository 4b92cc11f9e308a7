/**
 * A job's hiring funnel from the application events: how many applications reached each stage
 * (applied -> interview -> offer -> accepted) and the median days from applying to reaching it.
 * "Reached" counts every application that ever entered the stage, including ones later
 * rejected or withdrawn: the funnel describes the pipeline's history, not its current state.
 */
import { sql } from 'drizzle-orm';
import type { JobFunnel } from '@/lib/validators/recruiter';
import type { Database } from '@/server/db';
import { rowsOf } from '@/server/db/rows';
import type { Actor } from '../actor';
import { ownedJob } from './recruiter-company';

const STAGES = {
  interview: ['interview_scheduled', 'interview_completed'],
  offer: ['offer_received'],
  accepted: ['accepted'],
} as const;

export async function jobFunnel(db: Database, actor: Actor, jobId: string): Promise<JobFunnel> {
  await ownedJob(db, actor, jobId);
  const rows = rowsOf<{ stage: string; n: number; median_days: number | null }>(
    await db.execute(sql`
      WITH applied AS (
        SELECT a.id, a.applied_at FROM applications a
        WHERE a.job_id = ${jobId} AND a.applied_at IS NOT NULL
      ), reached AS (
        SELECT ap.id, stage, min(e.occurred_at) AS at, ap.applied_at
        FROM applied ap
        JOIN application_events e ON e.application_id = ap.id
        CROSS JOIN LATERAL (VALUES
          (CASE WHEN e.to_status::text IN (${sql.join(
            STAGES.interview.map((s) => sql`${s}`),
            sql`, `,
          )}) THEN 'interview' END),
          (CASE WHEN e.to_status::text IN (${sql.join(
            STAGES.offer.map((s) => sql`${s}`),
            sql`, `,
          )}) THEN 'offer' END),
          (CASE WHEN e.to_status::text IN (${sql.join(
            STAGES.accepted.map((s) => sql`${s}`),
            sql`, `,
          )}) THEN 'accepted' END)
        ) AS s(stage)
        WHERE stage IS NOT NULL
        GROUP BY ap.id, stage, ap.applied_at
      )
      SELECT 'applied' AS stage, count(*)::int AS n, 0::float8 AS median_days FROM applied
      UNION ALL
      SELECT stage, count(*)::int,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM at - applied_at) / 86400)::float8
      FROM reached GROUP BY stage`),
  );
  const byStage = new Map(rows.map((r) => [r.stage, r]));
  const applied = byStage.get('applied')?.n ?? 0;
  return {
    jobId,
    stages: (['applied', 'interview', 'offer', 'accepted'] as const).map((stage) => {
      const r = byStage.get(stage);
      const count = r?.n ?? 0;
      return {
        stage,
        count,
        rate: applied > 0 ? count / applied : 0,
        medianDays:
          stage === 'applied'
            ? applied > 0
              ? 0
              : null
            : r?.median_days != null
              ? Math.round(r.median_days * 10) / 10
              : null,
      };
    }),
  };
}
