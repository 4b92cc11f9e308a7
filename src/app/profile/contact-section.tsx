'use client';

import { useMutation } from '@tanstack/react-query';
import { contactInput, MAX_LINKS, type ContactOutput } from '@/lib/validators/contact';
import { useTRPC } from '@/trpc/react';
import { FormField } from '../_components/form-field';
import { TextAreaField } from '../_components/text-area-field';
import { formText } from './in-place-edit';
import { SaveFooter, useSaveForm } from './save-form';
import { Section } from './section';
import { useProfileCache } from './use-profile-mutation';

/** One address a line; blank lines are no address. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * Phone, location and links: the header of every resume and cover letter made from the profile.
 * Shown to recruiters only through those documents and applications the seeker sends.
 */
export function ContactSection({ contact }: { contact: ContactOutput }) {
  const trpc = useTRPC();
  const cache = useProfileCache();
  const save = useMutation(trpc.profile.updateContact.mutationOptions({ onSuccess: cache.set }));
  const { form, saved, submit } = useSaveForm(contactInput, (input) => save.mutateAsync(input));
  return (
    <Section id="contact" title="Contact details">
      <form
        noValidate
        aria-label="Contact details"
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          const text = formText(e.currentTarget);
          submit({ phone: text('phone'), location: text('location'), links: linesOf(text('links')) });
        }}
      >
        <p className="text-sm text-slate-600">Printed at the top of the resumes and cover letters you make here.</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            idPrefix="contact-"
            label="Phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            maxLength={40}
            defaultValue={contact.phone ?? ''}
            placeholder="e.g. +1 415 555 0132"
            errors={form.errors.phone}
          />
          <FormField
            idPrefix="contact-"
            label="Location"
            name="location"
            autoComplete="address-level2"
            maxLength={200}
            defaultValue={contact.location ?? ''}
            placeholder="e.g. Austin, TX"
            errors={form.errors.location}
          />
        </div>
        <TextAreaField
          idPrefix="contact-"
          label={`Links, one a line (up to ${MAX_LINKS})`}
          name="links"
          rows={3}
          defaultValue={contact.links.join('\n')}
          placeholder={'e.g. linkedin.com/in/your-name\ngithub.com/your-name'}
          errors={form.errors.links}
        />
        <SaveFooter form={form} saved={saved} />
      </form>
    </Section>
  );
}
