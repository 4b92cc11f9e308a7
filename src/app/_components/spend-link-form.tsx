'use client';

import type { UseMutationResult } from '@tanstack/react-query';
import Link from 'next/link';
import type { ReactNode } from 'react';

/**
 * The page an emailed one-use link opens: a button spends it (a link scanner that opens the page
 * spends nothing), then the outcome. `mutation` is the link's procedure, called with `{ token }`.
 */
export function SpendLinkForm<T>({
  token,
  mutation,
  intro,
  label,
  done,
  doneTestId,
}: {
  token: string;
  mutation: UseMutationResult<T, { message: string }, { token: string }>;
  intro: string;
  label: string;
  done: (data: T) => ReactNode;
  doneTestId: string;
}) {
  if (mutation.isSuccess) {
    return (
      <p role="status" className="text-sm" data-testid={doneTestId}>
        {done(mutation.data)}{' '}
        <Link href="/me" className="text-brand-700 underline">
          Go to your account
        </Link>
        .
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{intro}</p>
      {mutation.error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
          {mutation.error.message}
        </p>
      )}
      <button
        type="button"
        disabled={mutation.isPending || !token}
        onClick={() => mutation.mutate({ token })}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {mutation.isPending ? 'Confirming…' : label}
      </button>
    </div>
  );
}
