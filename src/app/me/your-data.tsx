'use client';

import { useMutation } from '@tanstack/react-query';
import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '@/trpc/react';
import { serverFieldErrors, type FieldErrors } from '../_components/field-errors';
import { FormField } from '../_components/form-field';

/** "Download my data" (a JSON file made in the browser) and "Delete my account" (password + DELETE). */
export function YourData() {
  const trpc = useTRPC();
  const router = useRouter();
  const exportData = useMutation(trpc.account.exportData.mutationOptions());
  const remove = useMutation(trpc.account.deleteAccount.mutationOptions());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  async function download() {
    const data = await exportData.mutateAsync().catch(() => null);
    if (!data) return;
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `givemejobs-data-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
  }

  async function onDelete(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setErrors({});
    setMessage(null);
    const raw = Object.fromEntries(new FormData(e.currentTarget).entries()) as Record<string, string>;
    if (raw.confirm !== 'DELETE') {
      setErrors({ confirm: ['Type DELETE to confirm.'] });
      return;
    }
    try {
      await remove.mutateAsync({ password: raw.password ?? '', confirm: 'DELETE' });
    } catch (err) {
      const { fields, message: text } = serverFieldErrors(err as Parameters<typeof serverFieldErrors>[0]);
      setErrors(fields);
      setMessage(Object.keys(fields).length > 0 ? null : text);
      return;
    }
    await signOut({ redirect: false }).catch(() => null);
    // The home page says it is done: landing there with no word left users unsure (a walk).
    router.push('/?account=deleted');
    router.refresh();
  }

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm text-slate-600">
          A JSON file with your profile, saved jobs, applications and their history, saved searches, notifications,
          generated resumes and cover letters (every version), and your security activity.
        </p>
        <button
          type="button"
          onClick={() => void download()}
          disabled={exportData.isPending}
          className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
        >
          {exportData.isPending ? 'Preparing…' : 'Download my data'}
        </button>
        {exportData.error && (
          <p role="alert" className="text-sm text-red-700">
            {exportData.error.message}
          </p>
        )}
      </div>
      <form
        onSubmit={(e) => void onDelete(e)}
        noValidate
        className="max-w-2xl space-y-3 border-t border-slate-200 pt-4"
        data-testid="delete-account"
      >
        <h3 className="text-sm font-semibold text-red-700">Delete my account</h3>
        <p className="text-sm text-slate-600">
          Deletes your account and everything in it, at once and for good. Job posts you made for a company stay with
          the company.
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            idPrefix="del-"
            errors={errors.password}
            required
          />
          <FormField label="Type DELETE" name="confirm" idPrefix="del-" errors={errors.confirm} required />
        </div>
        {message && (
          <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
            {message}
          </p>
        )}
        <button
          type="submit"
          disabled={remove.isPending}
          className="rounded-md bg-red-600 px-4 py-2 text-sm font-medium text-white hover:bg-red-700 disabled:opacity-60"
        >
          {remove.isPending ? 'Deleting…' : 'Delete my account'}
        </button>
      </form>
    </div>
  );
}
