import type { ReactNode } from 'react';

/**
 * A table wider than a phone scrolls inside its card, never the page. The box takes focus so a
 * keyboard can scroll it, and is named for screen readers; `hint` says on narrow screens that there
 * is more to the right ("You and other seekers" hid three of its six columns at 390 px, a walk).
 */
export function ScrollBox({ label, hint = false, children }: { label: string; hint?: boolean; children: ReactNode }) {
  return (
    <>
      <div
        role="region"
        aria-label={label}
        tabIndex={0}
        className="relative overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        {children}
      </div>
      {hint && (
        <p className="mt-1 text-xs text-slate-500 sm:hidden" aria-hidden="true">
          Scroll the table sideways for more columns.
        </p>
      )}
    </>
  );
}
