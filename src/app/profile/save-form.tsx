'use client';

import { useState } from 'react';
import type { z } from 'zod';
import { useValidatedSubmit } from '../_components/use-validated-mutation';
import { buttonClass, FormMessage } from './section';

/**
 * A profile form saved as a whole (headline and summary, contact details): validated with the
 * procedure's schema, "Saved." once the server has it, cleared when the next save starts.
 */
export function useSaveForm<S extends z.ZodType, R>(schema: S, run: (input: z.input<S>) => Promise<R>) {
  const [saved, setSaved] = useState(false);
  const form = useValidatedSubmit(schema, run);
  const submit = (raw: unknown) => {
    setSaved(false);
    void form.submit(raw).then((ok) => setSaved(Boolean(ok)));
  };
  return { form, saved, submit };
}

/** The form's message, its Save button and the "Saved." status. */
export function SaveFooter({ form, saved }: Pick<ReturnType<typeof useSaveForm>, 'form' | 'saved'>) {
  return (
    <>
      <FormMessage message={form.message} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={form.pending} className={buttonClass}>
          {form.pending ? 'Saving…' : 'Save'}
        </button>
        <p role="status" className="text-sm text-slate-600">
          {saved ? 'Saved.' : ''}
        </p>
      </div>
    </>
  );
}
