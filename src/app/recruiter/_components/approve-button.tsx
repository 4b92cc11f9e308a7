'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTRPC } from '@/trpc/react';

export function ApproveButton({ companyId, userId, label }: { companyId: string; userId: string; label: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const approve = useMutation(trpc.company.approve.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-label={label}
        onClick={() => approve.mutate({ companyId, userId })}
        disabled={approve.isPending}
        className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        Approve
      </button>
      {approve.error && (
        <span role="alert" className="text-sm text-red-700">
          {approve.error.message}
        </span>
      )}
    </span>
  );
}
