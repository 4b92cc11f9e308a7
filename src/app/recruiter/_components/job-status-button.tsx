'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTRPC } from '@/trpc/react';

export function JobStatusButton({ id, status }: { id: string; status: 'open' | 'closed' }) {
  const trpc = useTRPC();
  const router = useRouter();
  const set = useMutation(trpc.recruiter.setJobStatus.mutationOptions({ onSuccess: () => router.refresh() }));
  const next = status === 'open' ? 'closed' : 'open';
  return (
    <button
      type="button"
      disabled={set.isPending}
      onClick={() => {
        // Closing hides the job from search and matches and stops new applications: ask first.
        if (next === 'closed' && !window.confirm('Close this job? It leaves search and matches and takes no new applications. You can reopen it later.')) return;
        set.mutate({ id, status: next });
      }}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
    >
      {status === 'open' ? 'Close job' : 'Reopen job'}
    </button>
  );
}
