'use client';

import { useId } from 'react';
import { DATE_HINT as PROFILE_DATE_HINT } from '../typed-date';

/** What a partial-date field of the review form takes. */
export const DATE_HINT = `${PROFILE_DATE_HINT}; leave empty if unknown`;

export function RowField({
  label,
  value,
  onChange,
  error,
  type = 'text',
  multiline = false,
  hint,
  check = false,
  placeholder,
  name,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  type?: 'text' | 'date' | 'number';
  multiline?: boolean;
  /** Shown under the field (format, where a value came from). */
  hint?: string;
  /** The parser inferred this value: ask the user to check it. */
  check?: boolean;
  placeholder?: string;
  /** The field's error key ("experience.2.durationMonths"): lets the review find a number the browser could not read. */
  name?: string;
}) {
  const id = useId();
  const describedBy = [check && `${id}-check`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  const cls = 'w-full rounded-md border border-slate-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-500';
  return (
    <div className="space-y-0.5">
      {/* The badge sits beside the label, not in it: inside, it ran into the field's name ("Titlecheck: inferred"). */}
      <div className="flex items-center gap-1">
        <label htmlFor={id} className="block text-xs font-medium text-slate-600">
          {label}
        </label>
        {check && (
          <span id={`${id}-check`} className="rounded bg-amber-100 px-1 text-[11px] font-normal text-amber-900">
            check: inferred
          </span>
        )}
      </div>
      {multiline ? (
        <textarea
          id={id}
          rows={3}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={cls}
        />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          placeholder={placeholder}
          data-field={name}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={cls}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-[11px] text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p role="alert" className="text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

/** How sure the parser is, in words (the number is in the title for the curious). */
export function ConfidenceBadge({ value }: { value: number }) {
  const [label, cls] =
    value >= 0.8
      ? ['high', 'bg-emerald-100 text-emerald-800']
      : value >= 0.5
        ? ['medium', 'bg-sky-100 text-sky-800']
        : ['low', 'bg-amber-100 text-amber-900'];
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs ${cls}`} title={`Confidence ${Math.round(value * 100)}%`}>
      {label}
    </span>
  );
}
