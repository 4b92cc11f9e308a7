'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { addContactInput, type Contact } from '@/lib/validators/application-tracking';
import { useTRPC } from '@/trpc/react';
import { FormField } from '../../_components/form-field';
import { FormSubmitRow } from '../../_components/form-submit-row';
import { formToObject, useValidatedSubmit } from '../../_components/use-validated-mutation';

/** The people behind this application: recruiter, hiring manager, the friend who referred you. */
export function ContactsSection({ applicationId, contacts }: { applicationId: string; contacts: Contact[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  const add = useMutation(trpc.tracking.addContact.mutationOptions());
  const remove = useMutation(trpc.tracking.removeContact.mutationOptions());
  const { errors, message, pending, submit } = useValidatedSubmit(addContactInput, (input) => add.mutateAsync(input));

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setStatus(null);
    const form = e.currentTarget;
    const created = await submit({ applicationId, ...formToObject(form) });
    if (created) {
      form.reset();
      setStatus(`${created.name} added.`);
      router.refresh();
    }
  }

  async function onRemove(contact: Contact) {
    if (!window.confirm(`Remove ${contact.name} from this application?`)) return;
    await remove.mutateAsync({ contactId: contact.id });
    setStatus(`${contact.name} removed.`);
    router.refresh();
  }

  return (
    <section aria-labelledby="contacts-heading" className="space-y-4 rounded-xl bg-white p-6 shadow-sm">
      <h2 id="contacts-heading" className="font-semibold">
        Contacts
      </h2>
      {contacts.length === 0 ? (
        <p className="text-sm text-slate-600">No contacts yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200" data-testid="contacts">
          {contacts.map((c) => (
            <li key={c.id} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
              <div className="min-w-0">
                <p className="font-medium">
                  {c.name}
                  {c.role && <span className="font-normal text-slate-600"> · {c.role}</span>}
                </p>
                <p className="flex flex-wrap gap-x-3">
                  {c.email && (
                    <a href={`mailto:${c.email}`} className="break-all text-brand-700 underline">
                      {c.email}
                    </a>
                  )}
                  {c.phone && (
                    <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`} className="text-brand-700 underline">
                      {c.phone}
                    </a>
                  )}
                </p>
                {c.notes && <p className="whitespace-pre-line break-words text-slate-600">{c.notes}</p>}
              </div>
              <button
                type="button"
                onClick={() => void onRemove(c)}
                className="shrink-0 text-red-700 underline"
                aria-label={`Remove ${c.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="grid gap-3 sm:grid-cols-2">
        <FormField label="Name" name="name" idPrefix="contact-" errors={errors.name} required autoComplete="off" />
        <FormField
          label="Role (optional)"
          name="role"
          idPrefix="contact-"
          errors={errors.role}
          placeholder="Recruiter"
        />
        <FormField
          label="Email (optional)"
          name="email"
          idPrefix="contact-"
          type="email"
          errors={errors.email}
          autoComplete="off"
        />
        <FormField
          label="Phone (optional)"
          name="phone"
          idPrefix="contact-"
          type="tel"
          errors={errors.phone}
          autoComplete="off"
        />
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor="contact-notes" className="block text-sm font-medium">
            Notes (optional)
          </label>
          <textarea
            id="contact-notes"
            name="notes"
            rows={2}
            aria-invalid={errors.notes?.length ? true : undefined}
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          {errors.notes?.length ? (
            <p role="alert" className="text-xs text-red-600">
              {errors.notes.join(' ')}
            </p>
          ) : null}
        </div>
        <FormSubmitRow
          label="Add contact"
          pending={pending}
          message={message}
          hasFieldErrors={Object.keys(errors).length > 0}
        />
      </form>
      <p role="status" className="text-sm text-slate-600">
        {status}
      </p>
    </section>
  );
}
