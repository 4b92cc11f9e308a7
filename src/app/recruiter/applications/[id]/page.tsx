import type { Metadata } from 'next';
import Link from 'next/link';
import { TRPCError } from '@trpc/server';
import { notFound, redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { DocumentPreview } from '../../../documents/_components/document-preview';
import { formatDate } from '../../../_components/format';
import { MatchBadge } from '../../../_components/match/match-badge';
import { ApplicantStage } from '../../_components/applicant-stage';
import { CandidateMatch, EmptyProfileBadge } from '../../_components/candidate-match';

export const metadata: Metadata = { title: 'Candidate' };
export const dynamic = 'force-dynamic';

const refused = (err: unknown) =>
  err instanceof TRPCError && ['NOT_FOUND', 'BAD_REQUEST', 'FORBIDDEN'].includes(err.code);

async function load(applicationId: string) {
  const api = await getServerApi();
  try {
    const candidate = await api.recruiter.candidate({ applicationId });
    const document = candidate.document ? await api.documents.forApplication({ applicationId }) : null;
    return { candidate, document };
  } catch (err) {
    // Another company's applicant reads exactly like one that does not exist.
    if (refused(err)) notFound();
    throw err;
  }
}

// Built once: toLocaleDateString with options builds a formatter (~100 µs) on every call.
const MONTH_YEAR = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthYear = (d: string | null) => (d ? MONTH_YEAR.format(new Date(`${d}T00:00:00Z`)) : null);

const DOWNLOADS = [
  ['pdf', 'PDF'],
  ['docx', 'Word'],
  ['txt', 'Text'],
] as const;

export default async function CandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await getSession();
  if (!session) redirect(`/sign-in?callbackUrl=/recruiter/applications/${id}`);
  if (session.user.role === 'seeker') redirect('/applications');
  const { candidate: c, document } = await load(id);
  const section = 'space-y-3 rounded-xl bg-white p-6 shadow-sm';
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm text-slate-600">
            Applied to{' '}
            <Link href={`/recruiter/jobs/${c.job.id}`} className="text-brand-700 underline">
              {c.job.title}
            </Link>
            {c.appliedAt && <> on {formatDate(c.appliedAt)}</>}
          </p>
          <h1 className="text-2xl font-bold break-words">{c.name}</h1>
          {c.headline && <p className="text-slate-700">{c.headline}</p>}
        </div>
        {c.emptyProfile ? <EmptyProfileBadge /> : <MatchBadge match={c.match} />}
      </div>

      <section aria-labelledby="stage-heading" className={section}>
        <h2 id="stage-heading" className="font-semibold">
          Stage
        </h2>
        <ApplicantStage applicationId={c.applicationId} name={c.name} status={c.status} allowedMoves={c.allowedMoves} />
        {c.contact ? (
          <p className="text-sm">
            Contact:{' '}
            <a href={`mailto:${c.contact.email}`} className="break-all text-brand-700 underline" data-testid="candidate-email">
              {c.contact.email}
            </a>
          </p>
        ) : (
          <p className="text-sm text-slate-600">Contact details appear once the candidate has applied.</p>
        )}
      </section>

      <section aria-labelledby="why-heading" className={section}>
        <h2 id="why-heading" className="font-semibold">
          Why this match
        </h2>
        <p className="text-xs text-slate-600">Scored against the candidate&apos;s current profile.</p>
        <CandidateMatch match={c.match} emptyProfile={c.emptyProfile} />
      </section>

      <section aria-labelledby="document-heading" className={section}>
        <h2 id="document-heading" className="font-semibold">
          {document ? (document.kind === 'resume' ? 'Resume they sent' : 'Cover letter they sent') : 'Documents'}
        </h2>
        {document ? (
          <>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-slate-600">Version {document.version} · download:</span>
              {DOWNLOADS.map(([format, label]) => (
                <a
                  key={format}
                  href={`/api/documents/${document.versionId}/export?format=${format}&application=${c.applicationId}`}
                  className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
                  data-testid={`download-${format}`}
                >
                  {label}
                </a>
              ))}
            </p>
            <DocumentPreview content={document.content} template={document.template} />
          </>
        ) : (
          <p className="text-sm text-slate-600">No resume or cover letter was attached to this application.</p>
        )}
      </section>

      <section aria-labelledby="profile-heading" className={section}>
        <h2 id="profile-heading" className="font-semibold">
          Profile
        </h2>
        <p className="text-xs text-slate-600" data-testid="profile-shared-at">
          {c.profileSharedAt
            ? `As shared with the application on ${formatDate(c.profileSharedAt)}.`
            : 'The current profile: no copy was kept when this application was recorded.'}
        </p>
        {c.summary && <p className="text-sm whitespace-pre-line [overflow-wrap:anywhere]">{c.summary}</p>}
        <h3 className="text-sm font-semibold text-slate-700">Experience</h3>
        {c.roles.length === 0 ? (
          <p className="text-sm text-slate-600">No roles on the profile.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {c.roles.map((r, i) => (
              <li key={i}>
                <p className="font-medium break-words">
                  {[r.title, r.company].filter(Boolean).join(', ')}
                </p>
                <p className="text-xs text-slate-500">
                  {[monthYear(r.startDate), r.isCurrent ? 'present' : monthYear(r.endDate)].filter(Boolean).join(' – ')}
                  {r.location && ` · ${r.location}`}
                </p>
                {r.description && <p className="mt-1 whitespace-pre-line text-slate-700 [overflow-wrap:anywhere]">{r.description}</p>}
              </li>
            ))}
          </ul>
        )}
        <h3 className="text-sm font-semibold text-slate-700">Skills</h3>
        {c.skills.length === 0 ? (
          <p className="text-sm text-slate-600">No skills on the profile.</p>
        ) : (
          <ul className="flex flex-wrap gap-1.5 text-xs">
            {c.skills.map((s) => (
              <li key={s.name} className="rounded bg-slate-100 px-2 py-0.5">
                {s.name}
                {s.years > 0 && <span className="text-slate-500"> · {s.years} y</span>}
              </li>
            ))}
          </ul>
        )}
        <h3 className="text-sm font-semibold text-slate-700">Education</h3>
        {c.education.length === 0 ? (
          <p className="text-sm text-slate-600">No education on the profile.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {c.education.map((e, i) => (
              <li key={i} className="break-words">
                {[e.degree, e.fieldOfStudy].filter(Boolean).join(', ')}
                {e.institution && <span className="text-slate-600"> — {e.institution}</span>}
                {e.endDate && <span className="text-slate-500"> ({e.endDate.slice(0, 4)})</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
