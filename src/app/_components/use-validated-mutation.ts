'use client';

import { useState } from 'react';
import type { z } from 'zod';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from './field-errors';

/**
 * Validates with the same zod schema the server uses, then runs the mutation;
 * field errors (client or server) and a form-level message come back for inline display.
 * The schema may be given as a loader (`() => import(...)`): the form then fetches it, and zod
 * with it, on its first submit instead of in the page's first load.
 */
export function useValidatedSubmit<S extends z.ZodType, R>(
  schema: S | (() => Promise<S>),
  run: (input: z.input<S>) => Promise<R>,
) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(raw: unknown): Promise<R | undefined> {
    setMessage(null);
    const parsed = (typeof schema === 'function' ? await schema() : schema).safeParse(raw);
    const unreadable = unreadableNumberErrors(raw);
    if (!parsed.success || unreadable) {
      setErrors({ ...(parsed.success ? {} : zodFieldErrors(parsed.error)), ...unreadable });
      return undefined;
    }
    setErrors({});
    setPending(true);
    try {
      // The server parses again; send what the user typed, as the schema's input type.
      return await run(raw as z.input<S>);
    } catch (err) {
      const { fields, message: msg } = serverFieldErrors(err as Parameters<typeof serverFieldErrors>[0]);
      setErrors(fields);
      // Said beside its field already ("You already have React as a technical skill."): not twice.
      setMessage(Object.values(fields).some((list) => list?.includes(msg)) ? null : msg);
      return undefined;
    } finally {
      setPending(false);
    }
  }

  return { errors, message, pending, submit, reset: () => (setErrors({}), setMessage(null)) };
}

/**
 * What formToObject gives for a number field whose text the browser cannot read as a number
 * ("90000-110000", "1e309"): the browser itself hands over an empty value, which would save as
 * "no number" and clear what was there. submit refuses it with UNREADABLE_NUMBER_MESSAGE instead.
 */
// A control character no one types: a text field holding the words is not mistaken for it.
export const UNREADABLE_NUMBER = '\u0000unreadable number';
export const UNREADABLE_NUMBER_MESSAGE = 'Enter a number, digits only.';

export function unreadableNumberErrors(raw: unknown): FieldErrors | null {
  if (!raw || typeof raw !== 'object') return null;
  const names = Object.entries(raw).flatMap(([name, value]) => (value === UNREADABLE_NUMBER ? [name] : []));
  return names.length ? Object.fromEntries(names.map((name) => [name, [UNREADABLE_NUMBER_MESSAGE]])) : null;
}

/** FormData -> plain object; repeated names (checkbox groups) become arrays. */
export function formToObject(form: HTMLFormElement, arrays: string[] = []): Record<string, unknown> {
  const data = new FormData(form);
  const out: Record<string, unknown> = {};
  for (const key of new Set(data.keys())) {
    const values = data.getAll(key).filter((v): v is string => typeof v === 'string');
    out[key] = arrays.includes(key) ? values : values[0];
  }
  for (const key of arrays) out[key] ??= [];
  for (const name of unreadableNumberFields(form)) out[name] = UNREADABLE_NUMBER;
  return out;
}

/** Names of the form's number fields holding text the browser cannot read as a number. */
export function unreadableNumberFields(form: HTMLFormElement): string[] {
  return Array.from(form.elements).flatMap((field) =>
    field instanceof HTMLInputElement && field.type === 'number' && field.name && field.validity.badInput
      ? [field.name]
      : [],
  );
}
