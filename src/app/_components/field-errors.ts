import type { z } from 'zod';

export type FieldErrors = Record<string, string[] | undefined>;

/**
 * Field errors from a client-side zod parse, grouped by top-level field as z.flattenError does.
 * Read off the issues instead of calling zod: forms on the search page and the board load their
 * schema only on submit, and a runtime zod import here would put zod (~31 KB gzipped) back into
 * those pages' first load.
 */
export function zodFieldErrors(error: Pick<z.ZodError, 'issues'>): FieldErrors {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    if (issue.path.length === 0) continue; // a form-level issue, not a field's
    (fields[String(issue.path[0])] ??= []).push(issue.message);
  }
  return fields;
}

interface ServerErrorShape {
  message: string;
  data?: { fields?: FieldErrors | null; zodError?: { fieldErrors: FieldErrors } | null } | null;
}

/** Field errors the server sent (zod input errors, or an AppError's fields), plus its message. */
export function serverFieldErrors(
  error: ServerErrorShape,
  /** The fields the form shows errors beside; a message one of them holds is said there only. */
  shownFields: readonly string[] = [],
): { fields: FieldErrors; message: string } {
  const fields = { ...(error.data?.zodError?.fieldErrors ?? {}), ...(error.data?.fields ?? {}) };
  // Only a shown field: the message is what a form without that field (criteria) says at all.
  const shown = shownFields.some((name) => fields[name]?.includes(error.message));
  return { fields, message: shown ? '' : error.message };
}
