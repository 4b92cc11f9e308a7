'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTRPC } from '@/trpc/react';

import { type ApplicationChoice, initialApplication } from './attach-choice';

/** Records which version went with an application; the recruiter sees that version on the applicant. */
export function AttachToApplication({
  versionId,
  attachedApplicationId,
  applications,
  jobId,
}: {
  versionId: string;
  attachedApplicationId: string | null;
  applications: ApplicationChoice[];
  jobId: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  // The application for this document's job first: that is almost always the one.
  const ordered = [...applications].sort((a, b) => Number(b.jobId === jobId) - Number(a.jobId === jobId));
  const [applicationId, setApplicationId] = useState(() =>
    initialApplication(applications, jobId, attachedApplicationId),
  );
  const [message, setMessage] = useState<string | null>(null);
  // Seen on a walk: a letter to one company offered, without a word, for another company's application.
  const chosen = applications.find((a) => a.id === applicationId);
  const otherJob = jobId !== null && chosen !== undefined && chosen.jobId !== jobId;
  const [error, setError] = useState<string | null>(null);
  const attach = useMutation(trpc.documents.attachToApplication.mutationOptions());

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setMessage(null);
    try {
      await attach.mutateAsync({ versionId, applicationId });
      setMessage('Attached: the application now shows this version as the one you sent.');
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <section aria-labelledby="attach-heading" className="rounded-xl bg-white p-5 text-sm shadow-sm" data-testid="attach-to-application">
      <h2 id="attach-heading" className="font-semibold">
        Send with an application
      </h2>
      {attachedApplicationId && (
        <p className="mt-1 text-slate-600">
          Attached to{' '}
          <Link href={`/applications/${attachedApplicationId}`} className="text-brand-700 underline">
            {applications.find((a) => a.id === attachedApplicationId)?.label ?? 'an application'}
          </Link>
          .
        </p>
      )}
      {applications.length === 0 ? (
        <p className="mt-1 text-slate-600">Track the job (save it or mark it applied) to attach this version to it.</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} className="mt-2 flex flex-wrap items-end gap-2">
          <label className="flex min-w-0 flex-1 flex-col gap-1">
            <span className="text-slate-600">Application</span>
            <select value={applicationId} onChange={(e) => setApplicationId(e.target.value)} className="w-full min-w-0 rounded border border-slate-300 px-2 py-1.5">
              {applicationId === '' && <option value="">Choose an application…</option>}
              {ordered.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={attach.isPending || !applicationId} className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            Attach
          </button>
        </form>
      )}
      {otherJob && (
        <p role="note" className="mt-2 rounded bg-amber-50 px-2 py-1 text-amber-900" data-testid="attach-other-job">
          This version was written for another job, and its text names that job and its company. Generate one for
          this application&apos;s job instead, or check the text before you send it.
        </p>
      )}
      {message && (
        <p role="status" className="mt-2 text-emerald-800">
          {message}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-2 text-red-800">
          {error}
        </p>
      )}
    </section>
  );
}
