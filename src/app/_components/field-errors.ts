import { z } from 'zod';

export type FieldErrors = Record<string, string[] | undefined>;

/** Field errors from a client-side zod parse. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors;
}

interface ServerErrorShape {
  message: string;
  data?: { fields?: FieldErrors | null; zodError?: { fieldErrors: FieldErrors } | null } | null;
}

/** Field errors the server sent (zod input errors, or an AppError's fields), plus its message. */
export function serverFieldErrors(error: ServerErrorShape): { fields: FieldErrors; message: string } {
  return {
    fields: { ...(error.data?.zodError?.fieldErrors ?? {}), ...(error.data?.fields ?? {}) },
    message: error.message,
  };
}
