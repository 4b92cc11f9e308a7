'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useTRPC } from '@/trpc/react';

export function VerifyEmailForm() {
  const trpc = useTRPC();
  const token = useSearchParams().get('token') ?? '';
  const verify = useMutation(trpc.account.verifyEmail.mutationOptions());

  if (verify.isSuccess) {
    return (
      <p role="status" className="text-sm" data-testid="email-verified">
        Your email address is confirmed.{' '}
        <Link href="/me" className="text-brand-700 underline">
          Go to your account
        </Link>
        .
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Confirm that this email address is yours to finish setting up your account.
      </p>
      {verify.error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
          {verify.error.message}
        </p>
      )}
      <button
        type="button"
        disabled={verify.isPending || !token}
        onClick={() => verify.mutate({ token })}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {verify.isPending ? 'Confirming…' : 'Confirm my email'}
      </button>
    </div>
  );
}
