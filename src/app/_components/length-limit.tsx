'use client';

import { useState, type FormEvent } from 'react';

type FieldValue = string | number | readonly string[] | undefined;
const lengthOf = (v: FieldValue) => (typeof v === 'string' ? v.length : typeof v === 'number' ? String(v).length : 0);

/**
 * A text limit shown instead of enforced by the browser. An input's `maxLength` cuts pasted text
 * without a word (a 30,000-character summary kept its first 5,000), so fields leave it off,
 * count as the user types and say how much is over; the schema refuses the save with the same limit.
 */
export function useLengthLimit(initial: FieldValue, controlled?: FieldValue) {
  const [typed, setTyped] = useState(() => lengthOf(initial));
  const length = controlled === undefined ? typed : lengthOf(controlled);
  const onInput = (e: FormEvent<HTMLInputElement | HTMLTextAreaElement>) => setTyped(e.currentTarget.value.length);
  return { length, onInput };
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
