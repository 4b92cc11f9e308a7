'use client';

import type { InputHTMLAttributes } from 'react';
import { useLengthLimit } from './length-limit';

interface Props extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  name: string;
  errors?: string[] | undefined;
  /** Distinguishes fields of the same name in several forms on one page. */
  idPrefix?: string;
  hint?: string;
}

/**
 * A labelled input whose errors are announced and tied to it (aria-describedby). `maxLength` is
 * counted and shown, never enforced by the browser, which would cut pasted text silently.
 */
export function FormField({ label, name, errors, hint, idPrefix = '', maxLength, onInput, ...input }: Props) {
  const id = `${idPrefix}${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const limit = useLengthLimit(id, { maxLength, defaultValue: input.defaultValue, value: input.value, onInput });
  const describedBy =
    [hint ? hintId : null, limit.describedBy, errors?.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length || limit.over ? true : undefined}
        aria-describedby={describedBy}
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-500"
        onInput={limit.onInput}
        {...input}
      />
      {hint && (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {limit.note}
      {errors?.length ? (
        <p id={errorId} role="alert" className="text-xs text-red-600">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
