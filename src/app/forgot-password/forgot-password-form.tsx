'use client';

import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { requestPasswordResetInput } from '@/lib/validators/account';
import { useTRPC } from '@/trpc/react';
import { zodFieldErrors, type FieldErrors } from '../_components/field-errors';
import { FormField } from '../_components/form-field';

/** The answer is the same whether or not the email has an account (services/account/password-reset.ts). */
export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const [errors, setErrors] = useState<FieldErrors>({});
  const request = useMutation(trpc.account.requestPasswordReset.mutationOptions());

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const parsed = requestPasswordResetInput.safeParse(Object.fromEntries(new FormData(e.currentTarget).entries()));
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    request.mutate(parsed.data);
  }

  if (request.isSuccess) {
    return (
      <p role="status" className="rounded bg-emerald-50 p-3 text-sm text-emerald-800" data-testid="reset-requested">
        {request.data.message}
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormField label="Email" name="email" type="email" autoComplete="email" errors={errors.email} required />
      {request.error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
          {request.error.message}
        </p>
      )}
      <button
        type="submit"
        disabled={request.isPending}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {request.isPending ? 'Sending…' : 'Send reset link'}
      </button>
    </form>
  );
}
