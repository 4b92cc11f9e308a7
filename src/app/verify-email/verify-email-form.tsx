'use client';

import { useMutation } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useTRPC } from '@/trpc/react';
import { SpendLinkForm } from '../_components/spend-link-form';

export function VerifyEmailForm() {
  const trpc = useTRPC();
  const token = useSearchParams().get('token') ?? '';
  const verify = useMutation(trpc.account.verifyEmail.mutationOptions());
  return (
    <SpendLinkForm
      token={token}
      mutation={verify}
      intro="Confirm that this email address is yours to finish setting up your account."
      label="Confirm my email"
      done={() => 'Your email address is confirmed.'}
      doneTestId="email-verified"
    />
  );
}
