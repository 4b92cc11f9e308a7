'use client';

import { useMutation } from '@tanstack/react-query';
import { formatPartialDate, parsePartialDate } from '@/lib/partial-date';
import { addCertificationInput, updateCertificationInput, type CertificationOutput } from '@/lib/validators/profile';
import { useTRPC } from '@/trpc/react';
import { FormField } from '../_components/form-field';
import { useValidatedSubmit } from '../_components/use-validated-mutation';
import { EntryForm } from './entry-form';
import type { EditDone } from './in-place-edit';
import { useProfileCache } from './use-profile-mutation';
import { DATE_HINT } from './typed-date';

/** The typed date as the procedures take it; text that is no date goes on, for the schema to name. */
function issued(text: string): { issuedOn: string; issuedOnPrecision: 'year' | 'month' | 'day' | 'unknown' } {
  const parsed = parsePartialDate(text);
  if (parsed === null) return { issuedOn: '', issuedOnPrecision: 'unknown' };
  if (parsed === undefined) return { issuedOn: text, issuedOnPrecision: 'unknown' };
  return { issuedOn: parsed.date, issuedOnPrecision: parsed.precision };
}

/**
 * A certification, added or corrected on the profile. The date is typed as precisely as it is
 * known ("2021" stays a year on resumes, never "Jan 2021").
 */
export function CertificationForm({
  entry,
  onDone,
}: {
  /** Absent: the form adds a certification. */
  entry?: CertificationOutput;
  /** Cancel only while editing. */
  onDone: EditDone;
}) {
  const trpc = useTRPC();
  const cache = useProfileCache();
  const add = useMutation(trpc.profile.addCertification.mutationOptions({ onSuccess: cache.set }));
  const update = useMutation(trpc.profile.updateCertification.mutationOptions({ onSuccess: cache.set }));
  const addForm = useValidatedSubmit(addCertificationInput, (input) => add.mutateAsync(input));
  const editForm = useValidatedSubmit(updateCertificationInput, (input) => update.mutateAsync(input));
  const form = entry ? editForm : addForm;
  const prefix = entry ? `cert-edit-${entry.id}-` : 'cert-';
  return (
    <EntryForm
      label={entry ? `Edit ${entry.name}` : 'Add a certification'}
      editing={!!entry}
      addLabel="Add certification"
      pending={form.pending}
      message={form.message}
      onDone={onDone}
      save={async (text) => {
        const fields = { name: text('name'), issuer: text('issuer'), ...issued(text('issuedOn')) };
        const saved = entry ? await editForm.submit({ ...fields, id: entry.id }) : await addForm.submit(fields);
        return saved ? fields.name.trim() : null;
      }}
    >
      <FormField
        idPrefix={prefix}
        label="Certification"
        name="name"
        autoFocus={!!entry}
        maxLength={200}
        defaultValue={entry?.name ?? ''}
        placeholder="e.g. PMP"
        errors={form.errors.name}
      />
      <FormField
        idPrefix={prefix}
        label="Issuer"
        name="issuer"
        maxLength={200}
        defaultValue={entry?.issuer ?? ''}
        placeholder="e.g. PMI"
        errors={form.errors.issuer}
      />
      <FormField
        idPrefix={prefix}
        label="Date"
        name="issuedOn"
        defaultValue={entry ? formatPartialDate(entry.issuedOn, entry.issuedOnPrecision) : ''}
        placeholder="e.g. 2021"
        hint={DATE_HINT}
        errors={form.errors.issuedOn}
      />
    </EntryForm>
  );
}
