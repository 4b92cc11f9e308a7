'use client';

import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/react';

/** Whether the account's email is confirmed; if not, a button to mail a new link. */
export function EmailVerification({ email, verifiedAt }: { email: string; verifiedAt: string | null }) {
  const trpc = useTRPC();
  const resend = useMutation(trpc.account.resendVerification.mutationOptions());
  if (verifiedAt) {
    return (
      <p className="text-sm text-slate-700" data-testid="email-state">
        <span className="mr-2 rounded bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">Confirmed</span>
        <span className="break-all">{email}</span> was confirmed on {verifiedAt}.
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700" data-testid="email-state">
        <span className="mr-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800">Not confirmed</span>
        We sent a link to <span className="break-all">{email}</span> when you signed up. Job alerts are mailed only to a
        confirmed address.
      </p>
      <button
        type="button"
        onClick={() => resend.mutate()}
        disabled={resend.isPending || resend.isSuccess}
        className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        {resend.isPending ? 'Sending…' : 'Send a new link'}
      </button>
      <p role="status" className={`text-sm ${resend.error ? 'text-red-700' : 'text-slate-600'}`}>
        {resend.error?.message ??
          (resend.data
            ? resend.data.sent
              ? 'Sent. The link works for 24 hours.'
              : 'Your email is already confirmed.'
            : '')}
      </p>
    </div>
  );
}
