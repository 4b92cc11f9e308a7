'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { sharedWithCompanyNotice } from '@/lib/validators/application-status';
import type { ApplicationStatus } from '@/lib/validators/enums';
import { useTRPC } from '@/trpc/react';
import { SaveJobButton } from '../../_components/save-job-button';

/**
 * The job page's tracking actions: save, apply on the company's site, and record that you
 * applied. Recording remounts the save button so it shows the new status instead of "Saved".
 * When the company recruits here (`sharesWith`), recording an application sends it to them with
 * the seeker's profile and email, so the button says so and asks first.
 */
export function JobTrackingActions({
  jobId,
  applyUrl,
  jobClosed,
  signedIn,
  initial,
  sharesWith,
}: {
  jobId: string;
  applyUrl: string | null;
  jobClosed: boolean;
  signedIn: boolean;
  initial: { status: ApplicationStatus; applicationId: string } | null;
  /** The company whose recruiters see an application here; null when it has no recruiters here now. */
  sharesWith: string | null;
}) {
  const trpc = useTRPC();
  const [tracked, setTracked] = useState(initial);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const noticeId = useId();
  // Read when the question opens, not with every job page: an empty profile is worth a warning
  // before it reaches an employer (seen on a walk: the recruiter got an "Empty profile" applicant).
  const profile = useQuery({ ...trpc.profile.get.queryOptions(), enabled: confirming && signedIn && !!sharesWith });
  const emptyProfile =
    profile.data !== undefined && profile.data.experience.length === 0 && profile.data.skills.length === 0;
  // Focus follows the question: into the notice when it opens, back to its button when it closes.
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
    else if (wasConfirming.current) trigger.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const apply = useMutation(trpc.applications.applyToJob.mutationOptions());
  const status = tracked?.status ?? null;
  const mayApply = signedIn && (status === null || status === 'saved') && !(jobClosed && status === null);

  async function markApplied() {
    setError(null);
    try {
      const result = await apply.mutateAsync({ jobId });
      setTracked({ status: result.status, applicationId: result.applicationId });
      setConfirming(false);
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <SaveJobButton key={status ?? 'untracked'} jobId={jobId} initialStatus={status} signedIn={signedIn} />
      {/* Still there once marked as applied: many mark first, then fill in the company's form. */}
      {applyUrl && (mayApply || status === 'applied') && (
        <a
          href={applyUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
        >
          Apply on the company site ↗
        </a>
      )}
      {mayApply && !sharesWith && (
        <button
          type="button"
          onClick={() => void markApplied()}
          disabled={apply.isPending}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {apply.isPending ? 'Saving…' : 'Mark as applied'}
        </button>
      )}
      {mayApply && sharesWith && (
        <button
          ref={trigger}
          type="button"
          aria-expanded={confirming}
          aria-controls={`${noticeId}-panel`}
          onClick={() => (setError(null), setConfirming((open) => !open))}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
        >
          Apply with your profile
        </button>
      )}
      {mayApply && sharesWith && confirming && (
        <div
          id={`${noticeId}-panel`}
          role="group"
          aria-labelledby={noticeId}
          data-testid="share-profile-confirm"
          className="basis-full rounded-md border border-brand-200 bg-brand-50 p-3 text-sm text-slate-800"
        >
          <p id={noticeId}>{sharedWithCompanyNotice(sharesWith)}</p>
          {emptyProfile && (
            <p role="note" className="mt-2 rounded bg-amber-50 p-2 text-amber-900" data-testid="empty-profile-warning">
              Your profile has no experience and no skills yet: {sharesWith} would see an empty application.{' '}
              <Link href="/profile/import" className="underline">
                Import your resume
              </Link>{' '}
              first, or apply anyway.
            </p>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              ref={confirm}
              type="button"
              aria-describedby={noticeId}
              onClick={() => void markApplied()}
              disabled={apply.isPending}
              className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {apply.isPending ? 'Sending…' : 'Share and apply'}
            </button>
            <button
              type="button"
              onClick={() => (setError(null), setConfirming(false))}
              disabled={apply.isPending}
              className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 disabled:opacity-60"
            >
              Cancel
            </button>
          </div>
        </div>
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
