import type { Metadata } from 'next';
import Link from 'next/link';
import { TRPCError } from '@trpc/server';
import { notFound, redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { formatDate } from '../../../_components/format';
import { MatchBadge } from '../../../_components/match/match-badge';
import { ApplicantStage } from '../../_components/applicant-stage';
import { CandidateMatch, EmptyProfileBadge } from '../../_components/candidate-match';
import { JobPostForm } from '../../_components/job-post-form';
import { JobStatusButton } from '../../_components/job-status-button';

export const metadata: Metadata = { title: 'Job and applicants' };
export const dynamic = 'force-dynamic';

const STAGE_LABEL = { applied: 'Applied', interview: 'Interview', offer: 'Offer', accepted: 'Accepted' } as const;

async function load(id: string) {
  const api = await getServerApi();
  try {
    return await Promise.all([
      api.recruiter.job({ id }),
      api.recruiter.applicants({ id }),
      api.recruiter.funnel({ id }),
    ]);
  } catch (err) {
    if (
      err instanceof TRPCError &&
      (err.code === 'NOT_FOUND' || err.code === 'BAD_REQUEST' || err.code === 'FORBIDDEN')
    )
      notFound();
    throw err;
  }
}

export default async function RecruiterJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await getSession();
  if (!session) redirect(`/sign-in?callbackUrl=/recruiter/jobs/${id}`);
  if (session.user.role === 'seeker') redirect(`/jobs/${id}`);
  const [job, applicants, funnel] = await load(id);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold">{job.fields.title}</h1>
          <p className="text-sm text-slate-600">
            <span className="capitalize">{job.status}</span> ·{' '}
            <Link href={`/jobs/${job.id}`} className="text-brand-700 underline">
              public page
            </Link>
          </p>
        </div>
        <JobStatusButton id={job.id} status={job.status} />
      </div>

      <section aria-labelledby="funnel-heading" className="rounded-xl bg-white p-6 shadow-sm">
        <h2 id="funnel-heading" className="font-semibold">
          Funnel
        </h2>
        <table className="mt-2 w-full text-left text-sm">
          <thead className="text-xs text-slate-500">
            <tr>
              <th scope="col" className="py-1 font-medium">
                Stage
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Applications
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Of applied
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Median days to reach
              </th>
            </tr>
          </thead>
          <tbody>
            {funnel.stages.map((s) => (
              <tr key={s.stage} className="border-t border-slate-100">
                <th scope="row" className="py-1.5 font-medium">
                  {STAGE_LABEL[s.stage]}
                </th>
                <td className="py-1.5 text-right tabular-nums">{s.count}</td>
                <td className="py-1.5 text-right tabular-nums">{Math.round(s.rate * 100)}%</td>
                <td className="py-1.5 text-right tabular-nums">{s.medianDays ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="applicants-heading" className="space-y-3">
        <h2 id="applicants-heading" className="text-lg font-semibold">
          Applicants, best match first
        </h2>
        {applicants.degraded && (
          <p role="note" className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
            Similarity search is unavailable right now: ranked by skills, experience, location and salary only.
          </p>
        )}
        {applicants.items.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
            No applicants yet.
          </p>
        ) : (
          <ol className="space-y-3">
            {applicants.items.map((a) => (
              <li key={a.applicationId} className="rounded-xl bg-white p-4 shadow-sm" data-testid="applicant">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div>
                    <Link href={`/recruiter/applications/${a.applicationId}`} className="font-medium text-brand-700 hover:underline">
                      {a.name}
                    </Link>
                    <p className="text-sm text-slate-600">
                      {a.headline ?? 'No headline'}
                      {a.appliedAt && <> · applied {formatDate(a.appliedAt)}</>}
                    </p>
                  </div>
                  {a.emptyProfile ? <EmptyProfileBadge /> : <MatchBadge match={a.match} />}
                </div>
                <div className="mt-2">
                  <ApplicantStage
                    applicationId={a.applicationId}
                    name={a.name}
                    status={a.status}
                    allowedMoves={a.allowedMoves}
                  />
                </div>
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer text-brand-700">Why this match</summary>
                  <div className="mt-2">
                    <CandidateMatch match={a.match} emptyProfile={a.emptyProfile} />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="edit-heading" className="space-y-2">
        <h2 id="edit-heading" className="text-lg font-semibold">
          Edit posting
        </h2>
        <JobPostForm existing={job} />
      </section>
    </div>
  );
}
