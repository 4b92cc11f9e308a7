import type { ReactNode } from 'react';
import { SIGNED_OUT_MESSAGE } from '@/lib/signed-out';

export function Section({ id, title, children, action }: { id: string; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    // The id is where links such as /profile#preferences and /profile#occupations land.
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 rounded-xl bg-white p-6 shadow-sm">
      <div className="mb-3 flex items-center justify-between">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

export function FormMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
      {message}
      {/* In a new tab: what the seeker typed here stays, to save once signed in. */}
      {message === SIGNED_OUT_MESSAGE && (
        <>
          {' '}
          <a href="/sign-in?callbackUrl=/profile" target="_blank" rel="noopener" className="font-medium underline">
            Sign in in a new tab
          </a>
          , then save here again.
        </>
      )}
    </p>
  );
}

/** What the last save did, announced to screen readers too ("Added Python."). */
export function SavedNotice({ text, className = '' }: { text: string | null; className?: string }) {
  // Always in the page, so that a screen reader hears the text that appears in it.
  return (
    <p role="status" className={`text-sm text-emerald-800 ${text ? className : ''}`}>
      {text ?? ''}
    </p>
  );
}

export const buttonClass =
  'rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60';
export const secondaryButtonClass = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100';
