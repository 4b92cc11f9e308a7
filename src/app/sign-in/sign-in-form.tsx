'use client';

import { signIn } from 'next-auth/react';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { safeCallbackPath } from '@/lib/safe-callback';
import { signInInput } from '@/lib/validators/users';
import { zodFieldErrors, type FieldErrors } from '../_components/field-errors';
import { FormField } from '../_components/form-field';


export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError(null);
    const parsed = signInInput.safeParse(Object.fromEntries(new FormData(e.currentTarget).entries()));
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setPending(true);
    const res = await signIn('credentials', { ...parsed.data, redirect: false });
    setPending(false);
    if (res?.error?.startsWith('RATE_LIMITED')) {
      const seconds = Number(res.error.split(':')[1]) || 60;
      setFormError(
        `Too many sign-in attempts. Try again in ${seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`}.`,
      );
      return;
    }
    if (!res || res.error) {
      setFormError('Email or password is incorrect.');
      return;
    }
    // Only same-site paths: an attacker-supplied callbackUrl must not redirect off-site.
    router.push(safeCallbackPath(params.get('callbackUrl')));
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
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
