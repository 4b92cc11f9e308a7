'use client';

import { useMutation } from '@tanstack/react-query';
import { FormField } from '../_components/form-field';
import { FormSubmitRow } from '../_components/form-submit-row';
import { formToObject, useValidatedSubmit } from '../_components/use-validated-mutation';
import { useTRPC } from '@/trpc/react';

/**
 * A new sign-in address: the password again, then a link mailed to the new address; nothing
 * changes until it is opened. The current address is told of the request.
 */
export function ChangeEmailForm() {
  const trpc = useTRPC();
  const request = useMutation(trpc.account.requestEmailChange.mutationOptions());
  const form = useValidatedSubmit(
    () => import('@/lib/validators/account').then((m) => m.requestEmailChangeInput),
    (input) => request.mutateAsync(input),
  );
  if (request.isSuccess) {
    return (
      <p role="status" className="text-sm text-slate-700" data-testid="email-change-sent">
        We sent a link to {request.data.sentTo}. Open it within an hour to make it your sign-in address; until
        then nothing changes.
      </p>
    );
  }
  return (
    <form
      aria-label="Change email address"
      noValidate
      className="grid max-w-2xl gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(formToObject(e.currentTarget));
      }}
    >
      <FormField
        label="New email address"
        name="newEmail"
        type="email"
        autoComplete="email"
        idPrefix="ce-"
        errors={form.errors.newEmail}
        required
      />
      <FormField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        idPrefix="ce-"
        errors={form.errors.currentPassword}
        required
      />
      <FormSubmitRow
        label={form.pending ? 'Sending…' : 'Send a confirmation link'}
        pending={form.pending}
        message={form.message}
        hasFieldErrors={Object.keys(form.errors).length > 0}
      />
    </form>
  );
}
