'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { addInterviewInput, type Interview } from '@/lib/validators/application-tracking';
import type { ApplicationItem } from '@/lib/validators/applications';
import { useTRPC } from '@/trpc/react';
import { FormField } from '../../_components/form-field';
import { FormSubmitRow } from '../../_components/form-submit-row';
import { useLocalTime } from '../../_components/use-local-time';
import { MoveMessageBanner } from '../_components/move-message';
import { useMoveApplication } from '../_components/use-move-application';
import { formToObject, UNREADABLE_NUMBER, useValidatedSubmit } from '../../_components/use-validated-mutation';

const WHEN: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
};

/**
 * Interview dates on this application, each with a calendar file (ICS) to add it to any calendar.
 * A date added while the application is not yet at "Interview scheduled" offers that move: adding
 * an interview usually means one was scheduled, but the seeker says so (it may be a tentative date).
 */
export function InterviewsSection({ app, interviews }: { app: ApplicationItem; interviews: Interview[] }) {
  const applicationId = app.id;
  const trpc = useTRPC();
  const router = useRouter();
  const formatWhen = useLocalTime(WHEN);
  const { move, message: moveMessage, setMessage: setMoveMessage, pending: moving } = useMoveApplication();
  const [when, setWhen] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [offerScheduled, setOfferScheduled] = useState(false);
  const add = useMutation(trpc.tracking.addInterview.mutationOptions());
  const remove = useMutation(trpc.tracking.removeInterview.mutationOptions());
  const { errors, message, pending, submit } = useValidatedSubmit(addInterviewInput, (input) => add.mutateAsync(input));

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setStatus(null);
    const form = e.currentTarget;
    const data = formToObject(form);
    const text = (key: string): string => {
      const value = data[key];
      return typeof value === 'string' ? value : '';
    };
    // datetime-local is the reader's wall clock: new Date() reads it in their zone and stores the instant.
    const startsAt = when ? new Date(when) : undefined;
    const minutes = text('durationMinutes');
    const created = await submit({
      applicationId,
      startsAt,
      durationMinutes: minutes === '' ? undefined : minutes === UNREADABLE_NUMBER ? minutes : Number(minutes),
      location: text('location'),
      link: text('link'),
    });
    if (created) {
      form.reset();
      setWhen('');
      setStatus(`Interview added for ${formatWhen(created.startsAt)}.`);
      setOfferScheduled(app.allowedNext.includes('interview_scheduled'));
      router.refresh();
    }
  }

  async function onRemove(interview: Interview) {
    if (!window.confirm(`Remove the interview on ${formatWhen(interview.startsAt)}?`)) return;
    await remove.mutateAsync({ interviewId: interview.id });
    setStatus('Interview removed.');
    router.refresh();
  }

  return (
    <section aria-labelledby="interviews-heading" className="space-y-4 rounded-xl bg-white p-6 shadow-sm">
      <h2 id="interviews-heading" className="font-semibold">
        Interviews
      </h2>
      {interviews.length === 0 ? (
        <p className="text-sm text-slate-600">No interview dates yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200" data-testid="interviews">
          {interviews.map((i) => (
            <li key={i.id} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
              <div className="min-w-0">
                <p className="font-medium">
                  {formatWhen(i.startsAt)} · {i.durationMinutes} min
                </p>
                {i.location && <p className="break-words text-slate-600">{i.location}</p>}
                {i.link && (
                  <a
                    href={i.link}
                    className="break-all text-brand-700 underline"
                    rel="noopener noreferrer"
                    target="_blank"
                  >
                    {i.link}
                  </a>
                )}
              </div>
              <div className="flex shrink-0 items-center gap-3">
                <a
                  href={`/applications/${applicationId}/interviews/${i.id}/calendar`}
                  download
                  className="text-brand-700 underline"
                >
                  Add to calendar (.ics)
                </a>
                <button
                  type="button"
                  onClick={() => void onRemove(i)}
                  className="text-red-700 underline"
                  aria-label={`Remove the interview on ${formatWhen(i.startsAt)}`}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="grid gap-3 sm:grid-cols-2">
        <FormField
          label="Date and time"
          name="startsAt"
          idPrefix="interview-"
          type="datetime-local"
          value={when}
          onChange={(e) => setWhen(e.target.value)}
          errors={errors.startsAt}
          required
        />
        <FormField
          label="Length (minutes)"
          name="durationMinutes"
          idPrefix="interview-"
          type="number"
          inputMode="numeric"
          min={5}
          max={1440}
          defaultValue={60}
          errors={errors.durationMinutes}
        />
        <FormField
          label="Location (optional)"
          name="location"
          idPrefix="interview-"
          errors={errors.location}
          placeholder="Office address or phone"
        />
        <FormField
          label="Video link (optional)"
          name="link"
          idPrefix="interview-"
          type="url"
          errors={errors.link}
          placeholder="https://"
        />
        <FormSubmitRow
          label="Add interview"
          pending={pending}
          message={message}
          hasFieldErrors={Object.keys(errors).length > 0}
        />
      </form>
      <p role="status" className="text-sm text-slate-600">
        {status}
      </p>
      {offerScheduled && app.allowedNext.includes('interview_scheduled') && (
        <button
          type="button"
          disabled={moving.has(app.id)}
          onClick={() =>
            void move(app, 'interview_scheduled').then((moved) => {
              if (moved) {
                setOfferScheduled(false);
                router.refresh();
              }
            })
          }
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
        >
          Mark as Interview scheduled
        </button>
      )}
      <MoveMessageBanner message={moveMessage} onDismiss={() => setMoveMessage(null)} />
    </section>
  );
}
