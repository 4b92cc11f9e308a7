'use client';

import { APPLICATION_STATUS_LABEL, companyAnswersHere } from '@/lib/validators/application-status';
import type { ApplicationItem } from '@/lib/validators/applications';
import type { ApplicationStatus } from '@/lib/validators/enums';

/**
 * The non-drag way to move an application: lists only the moves the caller may make. Where the
 * company recruits here, its recruiters record its answers, and the card says so.
 */
export function MoveSelect({
  app,
  disabled,
  onMove,
  idPrefix = 'move',
}: {
  app: ApplicationItem;
  disabled?: boolean;
  onMove: (to: ApplicationStatus) => void;
  idPrefix?: string;
}) {
  const theirs = companyAnswersHere(app.status, app.job.recruitsHere);
  const answers = theirs && <p className="text-xs text-slate-500">{app.job.companyName} records its answers here.</p>;
  if (app.allowedNext.length === 0) {
    return answers || <p className="text-xs text-slate-500">Final status</p>;
  }
  const id = `${idPrefix}-${app.id}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="sr-only">
        Move {app.job.title} at {app.job.companyName} to
      </label>
      <select
        id={id}
        value=""
        disabled={disabled}
        onChange={(e) => {
          if (e.target.value) onMove(e.target.value as ApplicationStatus);
        }}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-xs"
      >
        <option value="">Move to…</option>
        {app.allowedNext.map((s) => (
          <option key={s} value={s}>
            {APPLICATION_STATUS_LABEL[s]}
          </option>
        ))}
      </select>
      {answers}
    </div>
  );
}
