import { TRPCError } from '@trpc/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { GenerateDocument } from '../../documents/_components/generate-document';
import { EditHandAddedJob } from './edit-hand-added-job';
import { MatchPanel } from './match-panel';
import { PostedOn } from './posted-on';
import { JobTrackingActions } from '../../applications/_components/job-tracking-actions';
import { formatDate, formatSalary, JOB_TYPE_LABEL, REMOTE_LABEL } from '../../_components/format';

export const dynamic = 'force-dynamic';

async function loadJob(id: string) {
  const api = await getServerApi();
  try {
    return await api.jobs.byId({ id });
  } catch (err) {
    if (err instanceof TRPCError && (err.code === 'NOT_FOUND' || err.code === 'BAD_REQUEST')) notFound();
    throw err;
  }
}

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  const job = await loadJob((await params).id);
  const session = await getSession();
  // Saving, applying and matching are a seeker's: a recruiter or admin reading a posting sees none of them.
  const staff = !!session && session.user.role !== 'seeker';
  const tracked =
    session && !staff ? await (await getServerApi()).applications.statusForJobs({ jobIds: [job.id] }) : [];
  return (
    <article className="space-y-6">
      <Link href="/jobs" className="text-sm text-brand-700 hover:underline">
        ← All jobs
      </Link>
      <header className="rounded-xl bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold [overflow-wrap:anywhere]">{job.title}</h1>
        <p className="mt-1 text-slate-600">
          {job.companyName} · {job.location}
        </p>
        {job.occupation && (
          <p className="mt-1 text-xs text-slate-500" data-testid="job-occupation">
            Occupation: {job.occupation.title} (O*NET {job.occupation.code})
          </p>
        )}
        {staff ? (
          <p role="note" className="mt-3 rounded bg-slate-100 px-2 py-1 text-sm text-slate-700">
            You are signed in as {session.user.role === 'admin' ? 'an admin' : 'a recruiter'}: saving, applying and matches are
            for job seekers.{' '}
            <Link
              href={session.user.role === 'admin' ? '/admin/sources' : '/recruiter'}
              className="text-brand-700 underline"
            >
              Your dashboard
            </Link>
          </p>
        ) : (
          <div className="mt-3">
            <JobTrackingActions
              jobId={job.id}
              applyUrl={job.applyUrl}
              jobClosed={job.status === 'closed'}
              signedIn={Boolean(session)}
              initial={tracked[0] ? { status: tracked[0].status, applicationId: tracked[0].applicationId } : null}
              sharesWith={job.company?.recruitsHere ? job.company.name : null}
            />
          </div>
        )}
        {job.status === 'private' && (
          <>
            <p role="note" className="mt-2 rounded bg-slate-100 px-2 py-1 text-sm text-slate-700">
              You added this job by hand: only you can see it.
            </p>
            <EditHandAddedJob
              jobId={job.id}
              initial={{
                title: job.title,
                companyName: job.companyName,
                applyUrl: job.applyUrl ?? '',
                // The stand-in for "not given" is not something the seeker typed.
                location: job.location === 'Not specified' ? '' : job.location,
                remoteType: job.remoteType,
                jobType: job.jobType,
                description: job.description,
              }}
            />
          </>
        )}
        {job.status === 'closed' && (
          <p role="status" className="mt-2 rounded bg-amber-100 px-2 py-1 text-sm text-amber-900">
            This job is closed and no longer accepts applications.
          </p>
        )}
        <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-500">Salary</dt>
            <dd className="font-medium">{formatSalary(job.salary)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Work type</dt>
            <dd className="font-medium">
              {REMOTE_LABEL[job.remoteType]} · {JOB_TYPE_LABEL[job.jobType]}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Experience</dt>
            <dd className="font-medium">{job.requiredYears > 0 ? `${job.requiredYears}+ years` : 'Entry level'}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{job.status === 'private' ? 'Added' : 'Posted'}</dt>
            <dd className="font-medium">{formatDate(job.postedAt)}</dd>
          </div>
        </dl>
        <PostedOn sources={job.postedOn} />
      </header>
      {session && !staff && <MatchPanel jobId={job.id} />}
      {session?.user.role === 'seeker' && job.status !== 'closed' && <GenerateDocument jobId={job.id} />}
      {job.requiredSkills.length > 0 && (
        <section aria-labelledby="skills-heading" className="rounded-xl bg-white p-6 shadow-sm">
          <h2 id="skills-heading" className="font-semibold">
            Skills
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {job.requiredSkills.map((s) => (
              <li key={s} className="rounded bg-brand-50 px-2 py-1 text-sm text-brand-700">
                {s}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="description-heading" className="rounded-xl bg-white p-6 shadow-sm">
        <h2 id="description-heading" className="font-semibold">
          About the job
        </h2>
        {job.description ? (
          <div className="mt-2 whitespace-pre-line text-sm leading-relaxed text-slate-700 [overflow-wrap:anywhere]">{job.description}</div>
        ) : (
          <p className="mt-2 text-sm text-slate-500">No description was given when this job was added.</p>
        )}
      </section>
      {job.company && (
        <section aria-labelledby="company-heading" className="rounded-xl bg-white p-6 shadow-sm text-sm">
          <h2 id="company-heading" className="font-semibold">
            About {job.company.name}
          </h2>
          <p className="mt-1 text-slate-600">
            {[job.company.industry, job.company.size ? `${job.company.size} employees` : null].filter(Boolean).join(' · ')}
          </p>
        </section>
      )}
    </article>
  );
}
