'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useTRPC } from '@/trpc/react';

export function UnlockForm() {
  const trpc = useTRPC();
  const token = useSearchParams().get('token') ?? '';
  const unlock = useMutation(trpc.users.unlockSignIn.mutationOptions());

  if (unlock.isSuccess) {
    return (
      <p role="status" className="text-sm">
        Sign-in is unlocked.{' '}
        <Link href="/sign-in" className="text-brand-700 underline">
          Sign in now
        </Link>
        .
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        After several wrong passwords, sign-in to your account is being slowed down. Unlock it to sign in right away.
      </p>
      {unlock.error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
          {unlock.error.message}
        </p>
      )}
      <button
        type="button"
        disabled={unlock.isPending || !token}
        onClick={() => unlock.mutate({ token })}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {unlock.isPending ? 'Unlocking…' : 'Unlock sign-in'}
      </button>
    </div>
  );
}
