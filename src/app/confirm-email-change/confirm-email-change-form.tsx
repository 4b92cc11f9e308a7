'use client';

import { useMutation } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useTRPC } from '@/trpc/react';
import { SpendLinkForm } from '../_components/spend-link-form';

export function ConfirmEmailChangeForm() {
  const trpc = useTRPC();
  const token = useSearchParams().get('token') ?? '';
  const confirm = useMutation(trpc.account.confirmEmailChange.mutationOptions());
  return (
    <SpendLinkForm
      token={token}
      mutation={confirm}
      intro="Make this address the one you sign in with."
      label="Confirm my new email"
      done={(data) => `Your sign-in address is now ${data.email}.`}
      doneTestId="email-changed"
    />
  );
}
