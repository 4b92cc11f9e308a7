'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTRPC } from '@/trpc/react';
import { AddJobByHand } from './add-job-by-hand';
import { useValidatedSubmit } from './use-validated-mutation';

/**
 * Paste a posting's address (a job board page or any page with schema.org JobPosting data): the
 * job is fetched, read and opened as a job page to match against and track. When the page cannot
 * be read, `onByHand` offers the hand form with the address carried over.
 */
function AddJobByUrlForm({ onByHand, handOpen }: { onByHand: (url: string) => void; handOpen: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [lastUrl, setLastUrl] = useState('');
  const add = useMutation(trpc.jobs.addByUrl.mutationOptions());
  // The schema (and zod) load on the first submit: this form sits on the board, whose first load does without zod.
  const form = useValidatedSubmit(
    () => import('@/lib/validators/sources').then((m) => m.addJobByUrlInput),
    (input) => add.mutateAsync(input),
  );
  return (
    <form
      aria-label="Add a job by its address"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // Read from the field itself: an address pasted before the page's scripts had loaded is
        // in the field but was never in React's state (a controlled field was emptied on hydration).
        const value = new FormData(e.currentTarget).get('url');
        const url = typeof value === 'string' ? value : '';
        setLastUrl(url);
        void form.submit({ url }).then((res) => res && router.push(`/jobs/${res.jobId}`));
      }}
    >
      <label htmlFor="add-job-url" className="font-medium">
        Add a job from anywhere
      </label>
      <p className="text-xs text-slate-500">
        Paste the posting’s address; we read it and open it here, ready to match and track.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id="add-job-url"
          name="url"
          type="url"
          placeholder="https://boards.greenhouse.io/acme/jobs/123"
          aria-invalid={Boolean(form.errors.url)}
          aria-describedby={form.errors.url ? 'add-job-url-error' : undefined}
          className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1.5"
        />
        <button
          type="submit"
          disabled={form.pending}
          className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {form.pending ? 'Reading the page…' : 'Add job'}
        </button>
      </div>
      {form.errors.url && (
        <p id="add-job-url-error" role="alert" className="mt-1 text-xs text-red-700">
          {form.errors.url[0]}
        </p>
      )}
      {/* Said once: a refusal about the address is already shown under the field. */}
      {form.message && form.message !== form.errors.url?.[0] && (
        <p role="alert" className="mt-2 rounded bg-red-50 px-3 py-2 text-red-800">
          {form.message}
        </p>
      )}
      {/* Only after the server tried the page: a malformed address is fixed in place. */}
      {!handOpen && (form.message || (form.errors.url && add.isError)) ? (
        <button
          type="button"
          onClick={() => onByHand(/^https?:\/\//i.test(lastUrl.trim()) ? lastUrl.trim() : '')}
          className="mt-2 rounded-md border border-brand-600 px-3 py-1.5 font-medium text-brand-700 hover:bg-brand-50"
        >
          Add it by hand instead
        </button>
      ) : null}
    </form>
  );
}

/** The board's "add a job" box: by address, or by hand when there is no page to read. */
export function AddJob() {
  // The hand form and the address it starts from; a new key remounts it with that address.
  const [open, setOpen] = useState<{ url: string; key: number } | null>(null);
  return (
    <section aria-label="Add a job" className="rounded-xl bg-white p-4 text-sm shadow-sm">
      <AddJobByUrlForm onByHand={(url) => setOpen({ url, key: Date.now() })} handOpen={open !== null} />
      <button
        type="button"
        aria-expanded={open !== null}
        aria-controls="add-job-by-hand"
        onClick={() => setOpen(open ? null : { url: '', key: Date.now() })}
        className="mt-3 font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800"
      >
        {open ? 'Close the hand form' : 'No link to read? Add a job by hand'}
      </button>
      <div id="add-job-by-hand" hidden={open === null}>
        {open && <AddJobByHand key={open.key} initialUrl={open.url} />}
      </div>
    </section>
  );
}
