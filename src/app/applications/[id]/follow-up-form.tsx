'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { setFollowUpInput } from '@/lib/validators/applications';
import { useTRPC } from '@/trpc/react';
import { useValidatedSubmit } from '../../_components/use-validated-mutation';
import { formatDay, localToday } from '../_components/dates';

/** The day to chase the company; on that day a reminder appears in the notifications. */
export function FollowUpForm({
  applicationId,
  initialDate,
  closed,
}: {
  applicationId: string;
  initialDate: string | null;
  /** A final status: nothing left to follow up. */
  closed: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [date, setDate] = useState(initialDate ?? '');
  const [status, setStatus] = useState<string | null>(null);
  // What the browser can tell before asking the server: a date typed only in part reads as empty,
  // and saving "empty" would have deleted the reminder (only Clear does that).
  const [localError, setLocalError] = useState<string | null>(null);
  const mutation = useMutation(trpc.applications.setFollowUp.mutationOptions());
  const { errors, message, pending, submit } = useValidatedSubmit(setFollowUpInput, (input) =>
    mutation.mutateAsync(input),
  );

  async function save(value: string) {
    setStatus(null);
    setLocalError(null);
    const result = await submit({ applicationId, date: value });
    if (result) {
      setDate(result.followUpDate ?? '');
      setStatus(
        result.followUpDate ? `We will remind you on ${formatDay(result.followUpDate)}.` : 'Follow-up cleared.',
      );
      router.refresh();
    }
  }

  /** Save date: never clears, and refuses a day already past where the seeker is. */
  function saveTyped(input: HTMLInputElement | null) {
    if (input?.validity.badInput || (date === '' && input?.value === '' && initialDate)) {
      setStatus(null);
      setLocalError('Enter the whole date: day, month and year. To remove the follow-up, use Clear.');
      return;
    }
    if (date === '') {
      setStatus(null);
      setLocalError('Pick a date.');
      return;
    }
    if (date < localToday()) {
      setStatus(null);
      setLocalError('Pick today or a later date.');
      return;
    }
    void save(date);
  }

  const error = localError ?? errors.date?.join(' ') ?? message;
  return (
    <section aria-labelledby="follow-up-heading" className="rounded-xl bg-white p-6 shadow-sm">
      <h2 id="follow-up-heading" className="font-semibold">
        Follow-up
      </h2>
      {closed && !initialDate ? (
        <p className="mt-2 text-sm text-slate-600">This application is closed; there is nothing to follow up.</p>
      ) : (
        <form
          onSubmit={(e: FormEvent<HTMLFormElement>) => {
            e.preventDefault();
            saveTyped(e.currentTarget.elements.namedItem('follow-up-date') as HTMLInputElement | null);
          }}
          noValidate
          className="mt-2 space-y-3"
        >
          <div className="space-y-1">
            <label htmlFor="follow-up-date" className="block text-sm font-medium">
              Follow up on
            </label>
            <input
              id="follow-up-date"
              name="follow-up-date"
              type="date"
              value={date}
              min={localToday()}
              // The server renders in its own time zone; the browser corrects `min` to the local day.
              suppressHydrationWarning
              onChange={(e) => setDate(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'follow-up-date-error' : undefined}
              className="rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
            {error && (
              <p id="follow-up-date-error" role="alert" className="text-xs text-red-600">
                {error}
              </p>
            )}
          </div>
          <div className="flex items-center gap-3">
            <button
              type="submit"
              disabled={pending}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              Save date
            </button>
            {initialDate && (
              <button
                type="button"
                disabled={pending}
                onClick={() => void save('')}
                className="rounded-md border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100"
              >
                Clear
              </button>
            )}
          </div>
          <p role="status" className="text-sm text-slate-600">
            {status}
          </p>
        </form>
      )}
    </section>
  );
}
