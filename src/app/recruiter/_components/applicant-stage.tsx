'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { APPLICATION_STATUS_LABEL, FINAL_APPLICATION_STATUSES } from '@/lib/validators/application-status';
import type { ApplicationStatus } from '@/lib/validators/enums';
import { useTRPC } from '@/trpc/react';

const finalQuestion = (name: string, to: ApplicationStatus) =>
  `Move ${name} to ${APPLICATION_STATUS_LABEL[to]}? This is final: ${name} is told, and the application cannot be moved again.`;

/** Moves an applicant to a stage the company may set; the seeker's board shows the same change. */
export function ApplicantStage({
  applicationId,
  name,
  status,
  allowedMoves,
}: {
  applicationId: string;
  name: string;
  status: ApplicationStatus;
  allowedMoves: ApplicationStatus[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const move = useMutation(
    trpc.recruiter.moveApplicant.mutationOptions({
      onSuccess: () => {
        setError(null);
        router.refresh();
      },
      onError: (err) => setError(err.message),
    }),
  );
  const id = `stage-${applicationId}`;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="rounded bg-slate-100 px-2 py-0.5" data-testid="applicant-status">
        {APPLICATION_STATUS_LABEL[status]}
      </span>
      {allowedMoves.length > 0 && (
        <>
          <label htmlFor={id} className="sr-only">
            Move {name} to
          </label>
          <select
            id={id}
            defaultValue=""
            disabled={move.isPending}
            onChange={(e) => {
              const to = e.target.value as ApplicationStatus;
              // A final stage cannot be undone and tells the applicant: ask first.
              if (to && FINAL_APPLICATION_STATUSES.includes(to) && !window.confirm(finalQuestion(name, to))) {
                e.target.value = '';
                return;
              }
              if (to) move.mutate({ applicationId, to });
            }}
            className="rounded border border-slate-300 bg-white px-2 py-1"
          >
            <option value="" disabled>
              Move to…
            </option>
            {allowedMoves.map((s) => (
              <option key={s} value={s}>
                {APPLICATION_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </>
      )}
      {error && (
        <span role="alert" className="text-red-600">
          {error}
        </span>
      )}
    </div>
  );
}
