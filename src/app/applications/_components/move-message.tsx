import type { MoveMessage } from './use-move-application';

/** The outcome of the last move: refusals are alerts; successes and moves called off are polite status updates. */
export function MoveMessageBanner({ message, onDismiss }: { message: MoveMessage | null; onDismiss: () => void }) {
  return (
    <div aria-live="polite" className="min-h-0">
      {message && (
        <div
          role={message.tone === 'error' ? 'alert' : 'status'}
          data-testid="move-message"
          className={`flex items-start justify-between gap-3 rounded-md px-3 py-2 text-sm ${
            message.tone === 'error'
              ? 'bg-red-50 text-red-800'
              : message.tone === 'info'
                ? 'bg-slate-100 text-slate-800'
                : 'bg-emerald-50 text-emerald-800'
          }`}
        >
          <span>{message.text}</span>
          <button type="button" onClick={onDismiss} className="text-xs underline">
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
