'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useTRPC } from '@/trpc/react';

export function ConfirmEmailChangeForm() {
  const trpc = useTRPC();
  const token = useSearchParams().get('token') ?? '';
  const confirm = useMutation(trpc.account.confirmEmailChange.mutationOptions());

  if (confirm.isSuccess) {
    return (
      <p role="status" className="text-sm" data-testid="email-changed">
        Your sign-in address is now {confirm.data.email}.{' '}
        <Link href="/me" className="text-brand-700 underline">
          Go to your account
        </Link>
        .
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">Make this address the one you sign in with.</p>
      {confirm.error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
          {confirm.error.message}
        </p>
      )}
      <button
        type="button"
        disabled={confirm.isPending || !token}
        onClick={() => confirm.mutate({ token })}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {confirm.isPending ? 'Confirming…' : 'Confirm my new email'}
      </button>
    </div>
  );
}
