import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { jobSourceLabel } from '@/lib/job-source';
import { FINAL_APPLICATION_STATUSES } from '@/lib/validators/application-status';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { GenerateDocument } from '../../documents/_components/generate-document';
import { formatDate } from '../../_components/format';
import { formatResponseDays } from '../_components/dates';
import { StatusBadge } from '../_components/status-badge';
import { ContactsSection } from './contacts-section';
import { FollowUpForm } from './follow-up-form';
import { InterviewsSection } from './interviews-section';
import { NotesForm } from './notes-form';
import { StatusMover } from './status-mover';
import { Timeline } from './timeline';

export const metadata: Metadata = { title: 'Application' };
export const dynamic = 'force-dynamic';

async function loadApplication(id: string) {
  const api = await getServerApi();
  try {
    const [app, interviews, contacts] = await Promise.all([
      api.applications.byId({ id }),
      api.tracking.interviews({ applicationId: id }),
      api.tracking.contacts({ applicationId: id }),
    ]);
    return { ...app, interviews, contacts };
  } catch (err) {
    if (err instanceof TRPCError && (err.code === 'NOT_FOUND' || err.code === 'BAD_REQUEST')) notFound();
    throw err;
  }
}

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await getSession())) redirect(`/sign-in?callbackUrl=/applications/${id}`);
  const app = await loadApplication(id);
  return (
    <article className="space-y-6">
      <Link href="/applications" className="text-sm text-brand-700 hover:underline">
        ← All applications
      </Link>
      <header className="space-y-3 rounded-xl bg-white p-6 shadow-sm">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold">
              <Link href={`/jobs/${app.job.id}`} className="hover:underline">
                {app.job.title}
              </Link>
            </h1>
            <p className="text-slate-600">
              {app.job.companyName} · {app.job.location}
              {app.job.status === 'closed' && ' · this job has closed'}
            </p>
          </div>
          <span data-testid="application-status">
            <StatusBadge status={app.status} />
          </span>
        </div>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-500">Applied</dt>
            <dd className="font-medium">{app.appliedAt ? formatDate(app.appliedAt) : 'Not yet'}</dd>
          </div>
          <div>
            <dt className="text-slate-500">First response</dt>
            <dd className="font-medium">{app.responseAt ? formatDate(app.responseAt) : '—'}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Response time</dt>
            <dd className="font-medium" data-testid="response-time">
              {formatResponseDays(app.responseDays)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Source</dt>
            <dd className="font-medium">{app.source ? jobSourceLabel(app.source) : '—'}</dd>
          </div>
        </dl>
        <StatusMover app={app} />
      </header>
      {app.sentDocumentVersionId && (
        <p className="rounded-lg bg-white p-4 text-sm shadow-sm" data-testid="sent-document">
          You sent a tailored document with this application:{' '}
          <Link href={`/documents/${app.sentDocumentVersionId}`} className="text-brand-700 underline">
            see the version you sent
          </Link>
          .
        </p>
      )}
      {app.job.status !== 'closed' && <GenerateDocument jobId={app.job.id} applicationId={app.id} />}
      <div className="grid gap-6 md:grid-cols-2">
        <NotesForm applicationId={app.id} initialNotes={app.notes} />
        <FollowUpForm
          applicationId={app.id}
          initialDate={app.followUpDate}
          closed={FINAL_APPLICATION_STATUSES.includes(app.status)}
        />
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <InterviewsSection app={app} interviews={app.interviews} />
        <ContactsSection applicationId={app.id} contacts={app.contacts} />
      </div>
      <Timeline events={app.timeline} />
    </article>
  );
}
