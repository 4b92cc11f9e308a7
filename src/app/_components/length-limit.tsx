'use client';

import { useState, type FormEvent, type FormEventHandler } from 'react';

type FieldValue = string | number | readonly string[] | undefined;
const lengthOf = (v: FieldValue) => (typeof v === 'string' ? v.length : typeof v === 'number' ? String(v).length : 0);

/**
 * A text limit shown instead of enforced by the browser. An input's `maxLength` cuts pasted text
 * without a word (a 30,000-character summary kept its first 5,000), so fields leave it off,
 * count as the user types and say how much is over; the schema refuses the save with the same limit.
 * Returns what the field wires in: its onInput (the caller's still runs), whether it is over, the
 * note's id for aria-describedby, and the note; without a limit, nothing is shown.
 */
export function useLengthLimit<E extends HTMLInputElement | HTMLTextAreaElement>(
  id: string,
  field: {
    maxLength?: number | undefined;
    defaultValue?: FieldValue;
    value?: FieldValue;
    onInput?: FormEventHandler<E> | undefined;
  },
) {
  const [typed, setTyped] = useState(() => lengthOf(field.defaultValue));
  const length = field.value === undefined ? typed : lengthOf(field.value);
  const { maxLength } = field;
  const noteId = `${id}-limit`;
  return {
    onInput: (e: FormEvent<E>) => {
      setTyped(e.currentTarget.value.length);
      field.onInput?.(e);
    },
    over: maxLength !== undefined && length > maxLength,
    describedBy: maxLength !== undefined ? noteId : null,
    note: maxLength !== undefined ? <LengthNote id={noteId} length={length} limit={maxLength} /> : null,
  };
}

/** Quiet until the text nears its limit; past it, says by how much (announced, tied to the field). */
export function LengthNote({ id, length, limit }: { id: string; length: number; limit: number }) {
  const over = length - limit;
  const near = length >= limit * 0.8;
  return (
    <p id={id} aria-live="polite" className={`text-xs ${over > 0 ? 'text-red-600' : 'text-slate-500'}`}>
      {near
        ? `${length.toLocaleString('en-US')} of ${limit.toLocaleString('en-US')} characters${
            over > 0 ? `: shorten it by ${over.toLocaleString('en-US')} to save.` : '.'
          }`
        : null}
    </p>
  );
}
