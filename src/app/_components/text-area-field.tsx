import type { TextareaHTMLAttributes } from 'react';

interface Props extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  name: string;
  errors?: string[] | undefined;
  /** Distinguishes fields of the same name in several forms on one page. */
  idPrefix?: string;
}

/** FormField's multi-line sibling: a labelled textarea whose errors are announced and tied to it. */
export function TextAreaField({ label, name, errors, idPrefix = '', ...area }: Props) {
  const id = `${idPrefix}${name}`;
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId : undefined}
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-500"
        {...area}
      />
      {errors?.length ? (
        <p id={errorId} role="alert" className="text-xs text-red-600">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
