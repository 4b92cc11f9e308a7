/**
 * A form's last row: the submit button and, when the server refused without naming a field, its
 * message (field errors are shown beside their fields instead).
 */
export function FormSubmitRow({
  label,
  pending,
  message,
  hasFieldErrors,
}: {
  label: string;
  pending: boolean;
  message: string | null | undefined;
  hasFieldErrors: boolean;
}) {
  return (
    <div className="flex items-center gap-3 sm:col-span-2">
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {label}
      </button>
      {message && !hasFieldErrors && (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
