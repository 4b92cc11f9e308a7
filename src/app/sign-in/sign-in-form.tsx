'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { safeCallbackPath } from '@/lib/safe-callback';
import { signInInput } from '@/lib/validators/users';
import { zodFieldErrors, type FieldErrors } from '../_components/field-errors';
import { FormField } from '../_components/form-field';
import { postCredentials } from './post-credentials';

/**
 * Email and password; when the account has two-step sign-in, the server answers MFA_REQUIRED and
 * the form asks for the code, posting all three again (next-auth keeps no half-signed-in state).
 */
export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [needCode, setNeedCode] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError(null);
    const form = Object.fromEntries(new FormData(e.currentTarget).entries());
    const parsed = signInInput.safeParse(form);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    const code = typeof form.code === 'string' ? form.code.trim() : '';
    if (needCode && !code) {
      setErrors({ code: ['Enter the code from your authenticator app, or a recovery code.'] });
      return;
    }
    setErrors({});
    setPending(true);
    const res = await postCredentials(parsed.data.email, parsed.data.password, code || undefined).catch(() => null);
    setPending(false);
    if (!res) {
      setFormError('Could not reach the server. Check your connection and try again.');
      return;
    }
    if (!res.ok) {
      if (res.reason === 'mfa_required') {
        setNeedCode(true);
        return;
      }
      // The reason stays in the page, never in the URL.
      setFormError(
        res.reason === 'throttled'
          ? res.message
          : res.reason === 'mfa_invalid'
            ? 'That code is not right, or was used already. Wait for the next code and try again.'
            : 'Email or password is incorrect.',
      );
      return;
    }
    // Only same-site paths: an attacker-supplied callbackUrl must not redirect off-site. Without one,
    // /home sends each role to its own start page.
    router.push(safeCallbackPath(params.get('callbackUrl'), '/home'));
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <FormField label="Email" name="email" type="email" autoComplete="email" errors={errors.email} required />
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        errors={errors.password}
        required
      />
      {needCode && (
        <FormField
          label="Authentication code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          hint="The 6-digit code from your authenticator app, or one of your recovery codes."
          errors={errors.code}
          required
        />
      )}
      {formError && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
          {formError}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? 'Signing in…' : needCode ? 'Verify and sign in' : 'Sign in'}
      </button>
      <p className="text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          Forgot your password?
        </Link>
      </p>
    </form>
  );
}
