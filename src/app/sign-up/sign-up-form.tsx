'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { PASSWORD_RULE_HINT, signUpInput } from '@/lib/validators/users';
import { useTRPC } from '@/trpc/react';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../_components/field-errors';
import { FormField } from '../_components/form-field';
import { postCredentials } from '../sign-in/post-credentials';

export function SignUpForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  /** Submitted: a second submit would change nothing. */
  const [created, setCreated] = useState(false);
  const signUp = useMutation(trpc.users.signUp.mutationOptions());

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError(null);
    const form = new FormData(e.currentTarget);
    const raw = Object.fromEntries(form.entries());
    const parsed = signUpInput.safeParse({ ...raw, role: raw.role === 'recruiter' ? 'recruiter' : 'seeker' });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    try {
      await signUp.mutateAsync(parsed.data);
    } catch (err) {
      const { fields, message } = serverFieldErrors(err as Parameters<typeof serverFieldErrors>[0]);
      setErrors(fields);
      // A field error is shown by its field (a password too easy to guess); anything else here.
      setFormError(Object.keys(fields).length > 0 ? null : message);
      return;
    }
    // Posted by hand, as the sign-in form does: next-auth's signIn() reads a throttled (429)
    // answer as a success, and the user would land on /jobs signed out.
    // Only the account just made has this password; an address that was already registered gets
    // the same neutral message as any failed sign-in here, and its owner a mail.
    const res = await postCredentials(parsed.data.email, parsed.data.password).catch(() => null);
    if (!res?.ok) {
      setCreated(true);
      setFormError(
        res?.reason === 'throttled'
          ? `Signing in is paused. ${res.message}`
          : `We sent a message to ${parsed.data.email}. Follow it, then sign in.`,
      );
      return;
    }
    // /home sends each role to its start page: a recruiter to set up their company first.
    router.push('/home');
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4" aria-describedby="form-error">
      <div className="grid grid-cols-2 gap-3">
        <FormField label="First name" name="firstName" autoComplete="given-name" errors={errors.firstName} required />
        <FormField label="Last name" name="lastName" autoComplete="family-name" errors={errors.lastName} required />
      </div>
      <FormField label="Email" name="email" type="email" autoComplete="email" errors={errors.email} required />
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        errors={errors.password}
        hint={PASSWORD_RULE_HINT}
        required
      />
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium">I am</legend>
        <label className="mr-4 inline-flex items-center gap-1">
          <input type="radio" name="role" value="seeker" defaultChecked /> looking for a job
        </label>
        <label className="inline-flex items-center gap-1">
          <input type="radio" name="role" value="recruiter" /> hiring
        </label>
      </fieldset>
      {formError && (
        <p id="form-error" role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
          {formError}
          {created && (
            <>
              {' '}
              <Link href="/sign-in" className="font-medium underline">
                Go to sign in
              </Link>
            </>
          )}
        </p>
      )}
      <button
        type="submit"
        disabled={signUp.isPending || created}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {signUp.isPending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}
