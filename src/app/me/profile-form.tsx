'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { updateProfileInput } from '@/lib/validators/users';
import { useTRPC } from '@/trpc/react';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../_components/field-errors';
import { FormField } from '../_components/form-field';

interface Initial {
  firstName: string;
  lastName: string;
  professionalHeadline: string;
}

/** The fields this form shows errors beside. */
const SHOWN_FIELDS = ['firstName', 'lastName', 'professionalHeadline'] as const;

export function ProfileForm({ initial }: { initial: Initial }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const update = useMutation(trpc.users.updateProfile.mutationOptions());

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setStatus(null);
    const parsed = updateProfileInput.safeParse(Object.fromEntries(new FormData(e.currentTarget).entries()));
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    try {
      await update.mutateAsync(parsed.data);
      setStatus('Saved.');
      router.refresh();
    } catch (err) {
      // A message one of these fields holds is said beside it only (a control character was said twice: a walk).
      const { fields, message } = serverFieldErrors(err as Parameters<typeof serverFieldErrors>[0], SHOWN_FIELDS);
      setErrors(fields);
      setStatus(message);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3">
      <div className="grid grid-cols-2 gap-3">
        <FormField label="First name" name="firstName" defaultValue={initial.firstName} errors={errors.firstName} />
        <FormField label="Last name" name="lastName" defaultValue={initial.lastName} errors={errors.lastName} />
      </div>
      <FormField
        label="Professional headline"
        name="professionalHeadline"
        defaultValue={initial.professionalHeadline}
        errors={errors.professionalHeadline}
        placeholder="e.g. Data analyst moving into machine learning"
      />
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={update.isPending}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
        <p role="status" className="text-sm text-slate-600">
          {status}
        </p>
      </div>
    </form>
  );
}
