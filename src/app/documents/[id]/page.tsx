import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { exportFormatsFor } from '@/lib/validators/documents';
import { getSession } from '@/server/auth/session';
import { pdfLeavesOut } from '@/server/services/documents/export/pdf-coverage';
import { getServerApi } from '@/trpc/server';
import { formatDate } from '../../_components/format';
import { DocumentPreview } from '../_components/document-preview';
import { FORMAT_LABEL, KIND_NAME, STATUS_STYLE } from '../_components/labels';
import { AttachToApplication } from './attach-to-application';
import { DeleteDocument } from './delete-document';
import { DocumentEditor } from './document-editor';
import { QualityCard } from './quality-card';
import { VersionHistory } from './version-history';

export const metadata: Metadata = { title: 'Document' };
export const dynamic = 'force-dynamic';

async function load(id: string) {
  const api = await getServerApi();
  try {
    const version = await api.documents.get({ id });
    const [versions, applications] = await Promise.all([
      api.documents.versions({ documentId: version.documentId }),
      api.applications.list({}),
    ]);
    return { version, versions, applications: applications.items };
  } catch (err) {
    if (err instanceof TRPCError && (err.code === 'NOT_FOUND' || err.code === 'BAD_REQUEST')) notFound();
    throw err;
  }
}

/** One version of a generated document: preview, quality, edit, versions and diff, export, attach. */
export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await getSession())) redirect(`/sign-in?callbackUrl=/documents/${id}`);
  const { version, versions, applications } = await load(id);
  const pdfMisses = pdfLeavesOut(version.content, version.template);
  const title = `${KIND_NAME[version.kind]}${version.jobTitle ? ` — ${version.jobTitle}` : ''}${version.companyName ? ` at ${version.companyName}` : ''}`;
  return (
    <article className="space-y-6">
      <Link href="/documents" className="text-sm text-brand-700 hover:underline">
        ← All documents
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold">{title}</h1>
          <p className="text-sm text-slate-600">
            Version {version.version} of {versions.length} · {version.template.name} template · {formatDate(version.createdAt)}
            {version.jobId && (
              <>
                {' · '}
                <Link href={`/jobs/${version.jobId}`} className="text-brand-700 underline">
                  View the job posting
                </Link>
              </>
            )}
          </p>
        </div>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[version.status]}`}>{version.status}</span>
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <DocumentPreview content={version.content} template={version.template} />
          <DocumentEditor versionId={version.id} content={version.content} />
        </div>
        <aside className="min-w-0 space-y-6">
          <section aria-labelledby="export-heading" className="rounded-xl bg-white p-5 text-sm shadow-sm">
            <h2 id="export-heading" className="font-semibold">
              Download
            </h2>
            <ul className="mt-2 grid grid-cols-2 gap-2" data-testid="export-links">
              {exportFormatsFor(version.kind).map((f) => (
                <li key={f}>
                  <a
                    href={`/api/documents/${version.id}/export?format=${f}`}
                    className="block rounded border border-slate-300 px-2 py-1.5 text-center hover:bg-slate-50"
                    download
                  >
                    {FORMAT_LABEL[f]}
                  </a>
                </li>
              ))}
            </ul>
            {pdfMisses.length > 0 && (
              <p className="mt-2 text-xs text-amber-800" data-testid="pdf-leaves-out">
                The PDF cannot draw {pdfMisses.slice(0, 8).join(' ')}
                {pdfMisses.length > 8 ? ' and more' : ''}: it leaves {pdfMisses.length === 1 ? 'it' : 'them'} out. Every
                other download keeps {pdfMisses.length === 1 ? 'it' : 'them'}.
              </p>
            )}
          </section>
          <QualityCard metadata={version.metadata} />
          <AttachToApplication
            versionId={version.id}
            attachedApplicationId={version.applicationId}
            applications={applications.map((a) => ({ id: a.id, label: `${a.job.title} — ${a.job.companyName}`, jobId: a.job.id }))}
            jobId={version.jobId}
          />
          <VersionHistory
            currentId={version.id}
            versions={versions.map((v) => ({ id: v.id, version: v.version, status: v.status, createdAt: v.createdAt.toISOString() }))}
          />
          <DeleteDocument versionId={version.id} versions={versions.length} />
        </aside>
      </div>
    </article>
  );
}
