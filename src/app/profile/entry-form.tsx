'use client';

import { useRef, type ReactNode } from 'react';
import { EditFooter, formText, type EditDone } from './in-place-edit';
import { buttonClass, FormMessage } from './section';

/**
 * The frame of a profile list's add-or-edit form (certifications, projects): one form element
 * named for what it does, a submit that reads the fields as text, then "Add …" (the form empties
 * after a save) or Save / Cancel in place (Escape cancels too).
 */
export function EntryForm({
  label,
  editing,
  addLabel,
  wide,
  pending,
  message,
  save,
  onDone,
  children,
}: {
  /** The form's accessible name: "Add a project", "Edit Route planner". */
  label: string;
  editing: boolean;
  /** The add button's text ("Add project"). */
  addLabel: string;
  /** Two columns from the small breakpoint, else three. */
  wide?: boolean;
  pending: boolean;
  message: string | null;
  /** Saves the fields; answers the saved entry's name, or null when nothing was saved. */
  save: (text: (name: string) => string) => Promise<string | null>;
  onDone: EditDone;
  children: ReactNode;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const span = wide ? 'sm:col-span-2' : 'sm:col-span-3';
  return (
    <form
      ref={formRef}
      noValidate
      aria-label={label}
      className={`grid items-start gap-3 rounded-md border border-slate-200 p-3 ${wide ? 'sm:grid-cols-2' : 'sm:grid-cols-3'}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save(formText(e.currentTarget)).then((name) => {
          if (name === null) return;
          if (!editing) formRef.current?.reset();
          onDone(name);
        });
      }}
      onKeyDown={(e) => {
        if (editing && e.key === 'Escape') onDone(null);
      }}
    >
      {children}
      <div className={`flex items-center gap-3 ${span}`}>
        {editing ? (
          <EditFooter pending={pending} message={message} onCancel={() => onDone(null)} />
        ) : (
          <>
            <button type="submit" disabled={pending} className={buttonClass}>
              {pending ? 'Saving…' : addLabel}
            </button>
            <FormMessage message={message} />
          </>
        )}
      </div>
    </form>
  );
}
