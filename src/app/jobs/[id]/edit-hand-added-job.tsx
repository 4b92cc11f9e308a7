'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { FormSubmitRow } from '../../_components/form-submit-row';
import { HandJobFields, type HandJobValues } from '../../_components/hand-job-fields';
import { formToObject, useValidatedSubmit } from '../../_components/use-validated-mutation';
import { useTRPC } from '@/trpc/react';

/** On the page of a job the seeker added by hand: correct what they typed, or paste the description later. */
export function EditHandAddedJob({ jobId, initial }: { jobId: string; initial: HandJobValues }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const details = useRef<HTMLDetailsElement>(null);
  const [saved, setSaved] = useState(false);
  const edit = useMutation(trpc.applications.editHandAddedJob.mutationOptions());
  const form = useValidatedSubmit(
    () => import('@/lib/validators/hand-added-job').then((m) => m.editHandAddedJobInput),
    (input) => edit.mutateAsync(input),
  );
  return (
    <div className="mt-3">
      {/* Opening it again clears the last "Saved."; closing it after a save (below) keeps it. */}
      <details
        ref={details}
        onToggle={(e) => {
          if (e.currentTarget.open) setSaved(false);
        }}
      >
        <summary className="cursor-pointer text-sm font-medium text-brand-700 underline underline-offset-2">
          Edit this job
        </summary>
        <form
          aria-label="Edit this job"
          noValidate
          className="mt-3 grid gap-3 sm:grid-cols-2"
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit({ jobId, ...formToObject(e.currentTarget) }).then((res) => {
              if (!res) return;
              if (details.current) details.current.open = false;
              setSaved(true);
              router.refresh();
              // The match panel reads the job through its own query: a new title or description changes it.
              void queryClient.invalidateQueries(trpc.matching.forJob.queryFilter({ jobId }));
            });
          }}
        >
          <HandJobFields idPrefix="edit-job-" errors={form.errors} initial={initial} />
          <FormSubmitRow
            label={form.pending ? 'Saving…' : 'Save changes'}
            pending={form.pending}
            message={form.message}
            hasFieldErrors={Object.keys(form.errors).length > 0}
          />
        </form>
      </details>
      {saved && (
        <p role="status" className="mt-2 text-sm text-emerald-700">
          Saved.
        </p>
      )}
    </div>
  );
}
