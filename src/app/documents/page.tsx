import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { DocumentVersionSummary } from '@/lib/validators/documents-api';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { templateOrDefault } from '@/server/services/documents/templates';
import { LocalDateTime } from '../_components/local-date-time';
import { KIND_NAME, STATUS_STYLE } from './_components/labels';

export const metadata: Metadata = { title: 'Documents' };
export const dynamic = 'force-dynamic';

/** The quality card's coverage in words, so a score is never read without it. */
function coverage(c: NonNullable<DocumentVersionSummary['skillsCovered']>): string {
  if (c.of === 0) return 'no skill of yours is required';
  return `shows ${c.shown} of the ${c.of} required ${c.of === 1 ? 'skill' : 'skills'} you have`;
}

/** Every tailored resume and cover letter, newest first, one row per document (its latest version). */
export default async function DocumentsPage() {
  if (!(await getSession())) redirect('/sign-in?callbackUrl=/documents');
  const api = await getServerApi();
  const documents: DocumentVersionSummary[] = await api.documents.list();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Documents</h1>
      <p className="text-sm text-slate-600">
        Resumes and cover letters tailored to a job from your profile. Open a job and choose “Generate” to make one.
      </p>
      {documents.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          No documents yet. <Link href="/matches" className="text-brand-700 underline">Pick a job from your matches</Link> and
          generate a tailored resume or cover letter for it.
        </p>
      ) : (
        <ul className="space-y-2" data-testid="document-list">
          {documents.map((d) => (
            <li key={d.documentId} className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-white p-4 shadow-sm">
              <div className="min-w-0">
                <Link href={`/documents/${d.id}`} className="font-medium text-brand-700 hover:underline">
                  {KIND_NAME[d.kind]}
                  {d.jobTitle ? ` — ${d.jobTitle}` : ''}
                  {d.companyName ? ` at ${d.companyName}` : ''}
                </Link>
                <p className="text-xs text-slate-500">
                  Version {d.version} · <LocalDateTime iso={d.createdAt.toISOString()} /> ·{' '}
                  {templateOrDefault(d.templateId).name} template · quality {Math.round(d.qualityScore)}/100
                  {d.skillsCovered ? ` · ${coverage(d.skillsCovered)}` : ''}
                  {d.applicationId ? ' · attached to an application' : ''}
                </p>
              </div>
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[d.status]}`}>{d.status}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
