'use client';

import { useEffect, useState } from 'react';
import { buttonClass, FormMessage, secondaryButtonClass } from './section';
import { savedNotice } from './saved-notice';

/** Called with the saved entry's name, or null on cancel. */
export type EditDone = (savedName: string | null) => void;

/**
 * Which entry of a profile list is open for editing, the notice its save leaves ("Saved PMP."),
 * and focus back on the entry's Edit control (`${controlPrefix}${id}`) once the form closes.
 */
export function useInPlaceEdit(controlPrefix: string) {
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [refocus, setRefocus] = useState<string | null>(null);
  useEffect(() => {
    if (refocus) document.getElementById(`${controlPrefix}${refocus}`)?.focus();
  }, [controlPrefix, refocus]);
  return {
    editing,
    notice,
    setNotice,
    controlId: (id: string) => `${controlPrefix}${id}`,
    /** Opens `id` (or closes it when it is open). */
    toggle: (id: string) => {
      setNotice(null);
      setRefocus(null);
      setEditing((open) => (open === id ? null : id));
    },
    doneWith:
      (id: string): EditDone =>
      (savedName) => {
        setEditing(null);
        setRefocus(id);
        setNotice(savedName ? savedNotice('Saved', savedName) : null);
      },
  };
}

/** Save and Cancel under an edit form, with the form's message. */
export function EditFooter({
  pending,
  message,
  onCancel,
}: {
  pending: boolean;
  message: string | null;
  onCancel: () => void;
}) {
  return (
    <>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? 'Saving…' : 'Save'}
      </button>
      <button type="button" className={secondaryButtonClass} onClick={onCancel}>
        Cancel
      </button>
      <FormMessage message={message} />
    </>
  );
}

/** A form's text field by name ("" when absent): FormData values may be files. */
export function formText(form: HTMLFormElement): (name: string) => string {
  const data = new FormData(form);
  return (name) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
}
