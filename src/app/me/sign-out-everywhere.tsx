'use client';

import { useMutation } from '@tanstack/react-query';
import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTRPC } from '@/trpc/react';
import { InlineConfirm } from '../_components/inline-confirm';
import { signedOutPath } from './signed-out/reasons';

/** Ends every session of the account (a lost phone, a shared computer), after a confirmation. */
export function SignOutEverywhere() {
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const endAll = useMutation(trpc.users.signOutEverywhere.mutationOptions());

  async function confirm() {
    setError(null);
    try {
      await endAll.mutateAsync();
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not sign out everywhere. Try again.');
      return;
    }
    // This browser's cookie is dead now too: clear it before showing the sign-in page.
    await signOut({ redirect: false }).catch(() => null);
    router.push(signedOutPath('signed-out-everywhere'));
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">
        Ends every session of your account, on this device and any other, such as a lost phone or a shared computer.
      </p>
      {confirming ? (
        <InlineConfirm
          label="Confirm signing out of every device"
          question="Sign out of every device, this one included?"
          confirmText="Yes, sign out everywhere"
          pendingText="Signing out…"
          pending={endAll.isPending}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          className="rounded-md border border-red-300 px-4 py-2 text-sm font-medium text-red-700 hover:bg-red-50"
        >
          Sign out of every device
        </button>
      )}
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
