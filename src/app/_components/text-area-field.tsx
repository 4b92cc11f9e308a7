'use client';

import type { TextareaHTMLAttributes } from 'react';
import { useLengthLimit } from './length-limit';

interface Props extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  name: string;
  errors?: string[] | undefined;
  /** Distinguishes fields of the same name in several forms on one page. */
  idPrefix?: string;
}

/**
 * FormField's multi-line sibling: a labelled textarea whose errors are announced and tied to it.
 * `maxLength` is counted and shown, not enforced: a pasted resume section is never cut silently.
 */
export function TextAreaField({ label, name, errors, idPrefix = '', maxLength, onInput, ...area }: Props) {
  const id = `${idPrefix}${name}`;
  const errorId = `${id}-error`;
  const limit = useLengthLimit(id, { maxLength, defaultValue: area.defaultValue, value: area.value, onInput });
  const describedBy = [limit.describedBy, errors?.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        aria-invalid={errors?.length || limit.over ? true : undefined}
        aria-describedby={describedBy}
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-500"
        onInput={limit.onInput}
        {...area}
      />
      {limit.note}
      {errors?.length ? (
        <p id={errorId} role="alert" className="text-xs text-red-600">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
