'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTRPC } from '@/trpc/react';

export function AcceptInvitation({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(
    trpc.company.acceptInvitation.mutationOptions({
      onSuccess: () => {
        router.push('/recruiter');
        router.refresh();
      },
    }),
  );
  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={() => accept.mutate({ token })}
        disabled={accept.isPending}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {accept.isPending ? 'Joining…' : 'Join the company'}
      </button>
      {accept.error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
          {accept.error.message}
        </p>
      )}
    </div>
  );
}
