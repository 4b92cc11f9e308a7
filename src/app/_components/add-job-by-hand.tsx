'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTRPC } from '@/trpc/react';
import { FormSubmitRow } from './form-submit-row';
import { HandJobFields } from './hand-job-fields';
import { formToObject, useValidatedSubmit } from './use-validated-mutation';

/**
 * A job with no page to read (a referral, an email, a site behind a sign-in) goes on the board
 * from what the seeker knows: title and company, the rest optional. It stays private to them.
 */
export function AddJobByHand({ initialUrl = '' }: { initialUrl?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const add = useMutation(trpc.applications.addByHand.mutationOptions());
  // As the address form: the schema (and zod) load on the first submit, not with the board.
  const form = useValidatedSubmit(
    () => import('@/lib/validators/hand-added-job').then((m) => m.addJobByHandInput),
    (input) => add.mutateAsync(input),
  );
  return (
    <form
      aria-label="Add a job by hand"
      noValidate
      className="mt-3 grid gap-3 border-t border-slate-200 pt-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        void form
          .submit(formToObject(e.currentTarget))
          .then((res) => res && router.push(`/applications/${res.applicationId}`));
      }}
    >
      <p className="text-xs text-slate-500 sm:col-span-2">
        Only you see a job you add by hand; it is not listed in search.
      </p>
      <HandJobFields idPrefix="hand-" errors={form.errors} initial={{ applyUrl: initialUrl }} />
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium">Where it goes on your board</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="stage" value="saved" defaultChecked /> Saved
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="stage" value="applied" /> Applied (today)
          </label>
        </div>
      </fieldset>
      <FormSubmitRow
        label={form.pending ? 'Adding…' : 'Add to my board'}
        pending={form.pending}
        message={form.message}
        hasFieldErrors={Object.keys(form.errors).length > 0}
      />
    </form>
  );
}
