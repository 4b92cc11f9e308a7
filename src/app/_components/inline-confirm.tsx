/**
 * The question before an action that cannot be undone (deleting a document, signing out of every
 * device), asked in place: a red button that does it and one that cancels, both disabled while
 * the action runs.
 */
export function InlineConfirm({
  label,
  question,
  confirmText,
  pendingText,
  pending,
  onConfirm,
  onCancel,
}: {
  /** The group's accessible name ("Confirm deleting this document"). */
  label: string;
  question: string;
  confirmText: string;
  pendingText: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div role="group" aria-label={label} className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
      <p className="text-sm font-medium">{question}</p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onConfirm}
          disabled={pending}
          className="rounded-md bg-red-600 px-4 py-2 text-sm font-medium text-white hover:bg-red-700 disabled:opacity-60"
        >
          {pending ? pendingText : confirmText}
        </button>
        <button
          type="button"
          onClick={onCancel}
          disabled={pending}
          className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50"
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
