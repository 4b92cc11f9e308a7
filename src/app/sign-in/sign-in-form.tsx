'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { safeCallbackPath } from '@/lib/safe-callback';
import { signInInput } from '@/lib/validators/users';
import { zodFieldErrors, type FieldErrors } from '../_components/field-errors';
import { FormField } from '../_components/form-field';
import { postCredentials } from './post-credentials';

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
    const res = await postCredentials(parsed.data.email, parsed.data.password).catch(() => null);
    setPending(false);
    if (!res) {
      setFormError('Could not reach the server. Check your connection and try again.');
      return;
    }
    if (!res.ok) {
      // The reason stays in the page, never in the URL.
      setFormError(res.reason === 'throttled' ? res.message : 'Email or password is incorrect.');
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
