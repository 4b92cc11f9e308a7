'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { resetPasswordInput } from '@/lib/validators/account';
import { PASSWORD_RULE_HINT } from '@/lib/validators/users';
import { useTRPC } from '@/trpc/react';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../_components/field-errors';
import { FormField } from '../_components/form-field';

export function ResetPasswordForm() {
  const trpc = useTRPC();
  const token = useSearchParams().get('token') ?? '';
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const reset = useMutation(trpc.account.resetPassword.mutationOptions());

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError(null);
    const raw = Object.fromEntries(new FormData(e.currentTarget).entries());
    const parsed = resetPasswordInput.safeParse({ token, newPassword: raw.newPassword });
    const mismatch = raw.newPassword !== raw.confirmPassword;
    if (!parsed.success || mismatch) {
      const fields = parsed.success ? {} : zodFieldErrors(parsed.error);
      if (fields.token) setFormError(fields.token.join(' '));
      setErrors({ ...fields, ...(mismatch ? { confirmPassword: ['The two passwords do not match.'] } : {}) });
      return;
    }
    setErrors({});
    try {
      await reset.mutateAsync(parsed.data);
    } catch (err) {
      const { fields, message } = serverFieldErrors(err as Parameters<typeof serverFieldErrors>[0]);
      setErrors(fields);
      setFormError(Object.keys(fields).length > 0 ? null : message);
    }
  }

  if (reset.isSuccess) {
    return (
      <p role="status" className="text-sm" data-testid="password-reset-done">
        Your password is changed and every session of your account has ended.{' '}
        <Link href="/sign-in" className="text-brand-700 underline">
          Sign in with the new password
        </Link>
        .
      </p>
    );
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <FormField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        errors={errors.newPassword}
        required
      />
      <FormField
        label="Confirm new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        errors={errors.confirmPassword}
        required
      />
      <p className="text-xs text-slate-500">
        {PASSWORD_RULE_HINT} Setting it signs you out everywhere.
      </p>
      {formError && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
          {formError}{' '}
          <Link href="/forgot-password" className="underline">
            Ask for a new link
          </Link>
        </p>
      )}
      <button
        type="submit"
        disabled={reset.isPending || !token}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {reset.isPending ? 'Saving…' : 'Set new password'}
      </button>
    </form>
  );
}
