'use client';

import type { InputHTMLAttributes } from 'react';
import { LengthNote, useLengthLimit } from './length-limit';

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
  const limitId = `${id}-limit`;
  const limit = useLengthLimit(input.defaultValue, input.value);
  const describedBy =
    [hint ? hintId : null, maxLength !== undefined ? limitId : null, errors?.length ? errorId : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length || (maxLength !== undefined && limit.length > maxLength) ? true : undefined}
        aria-describedby={describedBy}
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-500"
        onInput={(e) => {
          limit.onInput(e);
          onInput?.(e);
        }}
        {...input}
      />
      {hint && (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {maxLength !== undefined && <LengthNote id={limitId} length={limit.length} limit={maxLength} />}
      {errors?.length ? (
        <p id={errorId} role="alert" className="text-xs text-red-600">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
