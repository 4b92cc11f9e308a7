'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { updateNotesInput } from '@/lib/validators/applications';
import { useTRPC } from '@/trpc/react';
import { useValidatedSubmit } from '../../_components/use-validated-mutation';

/** Private notes: only the applicant ever sees them. */
export function NotesForm({ applicationId, initialNotes }: { applicationId: string; initialNotes: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [notes, setNotes] = useState(initialNotes ?? '');
  const [saved, setSaved] = useState(false);
  const update = useMutation(trpc.applications.updateNotes.mutationOptions());
  const { errors, message, pending, submit } = useValidatedSubmit(updateNotesInput, (input) =>
    update.mutateAsync(input),
  );

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    if (await submit({ applicationId, notes })) {
      setSaved(true);
      router.refresh();
    }
  }

  const error = errors.notes?.join(' ') ?? message;
  return (
    <section aria-labelledby="notes-heading" className="rounded-xl bg-white p-6 shadow-sm">
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3">
        <h2 id="notes-heading" className="font-semibold">
          <label htmlFor="application-notes">Notes</label>
        </h2>
        <textarea
          id="application-notes"
          value={notes}
          rows={6}
          onChange={(e) => setNotes(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'application-notes-error' : 'application-notes-hint'}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <p id="application-notes-hint" className="text-xs text-slate-500">
          Only you can see these notes.
        </p>
        {error && (
          <p id="application-notes-error" role="alert" className="text-xs text-red-600">
            {error}
          </p>
        )}
        <div className="flex items-center gap-3">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {pending ? 'Saving…' : 'Save notes'}
          </button>
          <p role="status" className="text-sm text-slate-600">
            {saved ? 'Notes saved.' : null}
          </p>
        </div>
      </form>
    </section>
  );
}
