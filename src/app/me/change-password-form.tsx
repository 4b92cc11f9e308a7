'use client';

import { useMutation } from '@tanstack/react-query';
import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { changePasswordInput, PASSWORD_RULE_HINT } from '@/lib/validators/users';
import { useTRPC } from '@/trpc/react';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../_components/field-errors';
import { FormField } from '../_components/form-field';
import { signedOutPath } from './signed-out/reasons';

/**
 * A new password ends every session, this browser's too (users.changePassword bumps the session
 * version), so on success the dead cookie is cleared and the user is sent to sign in again.
 */
export function ChangePasswordForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ text: string; ok: boolean } | null>(null);
  const change = useMutation(trpc.users.changePassword.mutationOptions());

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setStatus(null);
    const raw = Object.fromEntries(new FormData(e.currentTarget).entries());
    const parsed = changePasswordInput.safeParse(raw);
    const mismatch = raw.newPassword !== raw.confirmPassword;
    if (!parsed.success || mismatch) {
      setErrors({
        ...(parsed.success ? {} : zodFieldErrors(parsed.error)),
        ...(mismatch ? { confirmPassword: ['The two new passwords do not match.'] } : {}),
      });
      return;
    }
    setErrors({});
    try {
      await change.mutateAsync(parsed.data);
    } catch (err) {
      const { fields, message } = serverFieldErrors(err as Parameters<typeof serverFieldErrors>[0]);
      setErrors(fields);
      // A field error is shown by its field; anything else (a 429's wait, an outage) here.
      setStatus(Object.keys(fields).length > 0 ? null : { text: message, ok: false });
      return;
    }
    setStatus({ text: 'Password changed. Signing you out of every device…', ok: true });
    await signOut({ redirect: false }).catch(() => null);
    router.push(signedOutPath('password-changed'));
    router.refresh();
  }

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      className="max-w-2xl space-y-3"
      data-testid="change-password-form"
    >
      <FormField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        errors={errors.currentPassword}
        idPrefix="cp-"
        required
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          errors={errors.newPassword}
          idPrefix="cp-"
          required
        />
        <FormField
          label="Confirm new password"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          errors={errors.confirmPassword}
          idPrefix="cp-"
          required
        />
      </div>
      <p className="text-xs text-slate-500">
        {PASSWORD_RULE_HINT} Changing it signs you out everywhere, this device included.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={change.isPending || status?.ok === true}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {change.isPending ? 'Changing…' : 'Change password'}
        </button>
        <p role="status" className={`text-sm ${status?.ok === false ? 'text-red-700' : 'text-slate-600'}`}>
          {status?.text}
        </p>
      </div>
    </form>
  );
}
