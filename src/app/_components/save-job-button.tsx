'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import type { ApplicationStatus } from '@/lib/validators/enums';
import { useTRPC } from '@/trpc/react';

/** Save / unsave toggle. Visitors get a sign-in link; applied jobs show their status instead. */
export function SaveJobButton({
  jobId,
  initialStatus,
  signedIn,
}: {
  jobId: string;
  initialStatus: ApplicationStatus | null;
  signedIn: boolean;
}) {
  const trpc = useTRPC();
  const [status, setStatus] = useState(initialStatus);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(trpc.applications.save.mutationOptions());
  const unsave = useMutation(trpc.applications.unsave.mutationOptions());

  if (!signedIn) {
    return (
      <Link href={`/sign-in?callbackUrl=/jobs/${jobId}`} className="text-sm text-brand-700 underline">
        Sign in to save this job
      </Link>
    );
  }
  if (status && status !== 'saved') {
    return <span className="rounded bg-slate-100 px-2 py-1 text-sm">Tracked: {status.replaceAll('_', ' ')}</span>;
  }

  const saved = status === 'saved';
  async function toggle() {
    setError(null);
    const previous = status;
    setStatus(saved ? null : 'saved'); // optimistic
    try {
      if (saved) await unsave.mutateAsync({ jobId });
      else setStatus((await save.mutateAsync({ jobId })).status);
    } catch (err) {
      setStatus(previous);
      setError((err as Error).message);
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        aria-pressed={saved}
        onClick={() => void toggle()}
        className={`rounded-md border px-3 py-1.5 text-sm font-medium ${saved ? 'border-brand-600 bg-brand-50 text-brand-700' : 'border-slate-300 hover:bg-slate-100'}`}
      >
        {saved ? '★ Saved' : '☆ Save job'}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
