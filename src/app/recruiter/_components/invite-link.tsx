'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '@/trpc/react';
import { formatDate } from '../../_components/format';

/** Makes a colleague's invitation link; it is shown once (only its hash is kept). */
export function InviteLink() {
  const trpc = useTRPC();
  const [link, setLink] = useState<{ url: string; expiresAt: Date } | null>(null);
  const invite = useMutation(
    trpc.company.createInvitation.mutationOptions({
      onSuccess: (r) => setLink({ url: `${window.location.origin}/recruiter/join/${r.token}`, expiresAt: r.expiresAt }),
    }),
  );
  return (
    <div className="space-y-2 text-sm">
      <button
        type="button"
        onClick={() => invite.mutate()}
        disabled={invite.isPending}
        className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {invite.isPending ? 'Making a link…' : 'Invite a colleague'}
      </button>
      {invite.error && (
        <p role="alert" className="text-red-700">
          {invite.error.message}
        </p>
      )}
      {link && (
        <div className="space-y-1 rounded-md bg-slate-50 p-3">
          <label htmlFor="invite-url" className="block font-medium">
            Send this link to your colleague (works once, until {formatDate(link.expiresAt)}):
          </label>
          <input
            id="invite-url"
            readOnly
            value={link.url}
            data-testid="invite-url"
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
          />
          <p className="text-slate-600">It is shown only now: we keep a fingerprint of it, not the link.</p>
        </div>
      )}
    </div>
  );
}
