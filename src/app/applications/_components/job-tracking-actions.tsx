'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import type { ApplicationStatus } from '@/lib/validators/enums';
import { useTRPC } from '@/trpc/react';
import { SaveJobButton } from '../../_components/save-job-button';

/**
 * The job page's tracking actions: save, apply on the company's site, and record that you
 * applied. Recording remounts the save button so it shows the new status instead of "Saved".
 */
export function JobTrackingActions({
  jobId,
  applyUrl,
  jobClosed,
  signedIn,
  initial,
}: {
  jobId: string;
  applyUrl: string | null;
  jobClosed: boolean;
  signedIn: boolean;
  initial: { status: ApplicationStatus; applicationId: string } | null;
}) {
  const trpc = useTRPC();
  const [tracked, setTracked] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const apply = useMutation(trpc.applications.applyToJob.mutationOptions());
  const status = tracked?.status ?? null;
  const mayApply = signedIn && (status === null || status === 'saved') && !(jobClosed && status === null);

  async function markApplied() {
    setError(null);
    try {
      const result = await apply.mutateAsync({ jobId });
      setTracked({ status: result.status, applicationId: result.applicationId });
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <SaveJobButton key={status ?? 'untracked'} jobId={jobId} initialStatus={status} signedIn={signedIn} />
      {mayApply && applyUrl && (
        <a
          href={applyUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
        >
          Apply on the company site ↗
        </a>
      )}
      {mayApply && (
        <button
          type="button"
          onClick={() => void markApplied()}
          disabled={apply.isPending}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {apply.isPending ? 'Saving…' : 'Mark as applied'}
        </button>
      )}
      {tracked && status !== 'saved' && (
        <Link href={`/applications/${tracked.applicationId}`} className="text-sm text-brand-700 underline">
          View application
        </Link>
      )}
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
