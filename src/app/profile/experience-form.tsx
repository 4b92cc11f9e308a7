'use client';

import { addExperienceInput, type AddExperienceInput, type ExperienceOutput } from '@/lib/validators/profile';
import { FormField } from '../_components/form-field';
import { TextAreaField } from '../_components/text-area-field';
import { formToObject, useValidatedSubmit } from '../_components/use-validated-mutation';
import { buttonClass, FormMessage, secondaryButtonClass } from './section';

type ExperienceValues = AddExperienceInput;

/** Add or edit one role. Achievements are typed one per line. */
export function ExperienceForm({
  initial,
  idPrefix,
  onSave,
  onCancel,
}: {
  initial?: ExperienceOutput;
  idPrefix: string;
  onSave: (values: ExperienceValues) => Promise<unknown>;
  onCancel: () => void;
}) {
  const form = useValidatedSubmit(addExperienceInput, onSave);
  return (
    <form
      noValidate
      aria-label={initial ? `Edit ${initial.title ?? initial.company ?? 'role'}` : 'Add experience'}
      className="space-y-3 rounded-lg border border-slate-200 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const raw = formToObject(e.currentTarget);
        const achievements = (typeof raw.achievements === 'string' ? raw.achievements : '').split('\n');
        // A date the user did not touch keeps the precision the resume gave it ("2019" stays a year).
        const precisionOf = (field: 'startDate' | 'endDate', kept: ExperienceOutput['startPrecision'] | undefined) =>
          initial && raw[field] === (initial[field] ?? '') && kept ? kept : 'day';
        void form
          .submit({
            ...raw,
            achievements,
            isCurrent: raw.isCurrent === 'on',
            startPrecision: precisionOf('startDate', initial?.startPrecision),
            endPrecision: precisionOf('endDate', initial?.endPrecision),
          })
          .then((ok) => ok && onCancel());
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField idPrefix={idPrefix} label="Title" name="title" defaultValue={initial?.title ?? ''} errors={form.errors.title} />
        <FormField idPrefix={idPrefix} label="Company" name="company" defaultValue={initial?.company ?? ''} errors={form.errors.company} />
        <FormField idPrefix={idPrefix} label="Location" name="location" defaultValue={initial?.location ?? ''} errors={form.errors.location} />
        <div className="grid grid-cols-2 gap-3">
          <FormField idPrefix={idPrefix} label="Start" name="startDate" type="date" defaultValue={initial?.startDate ?? ''} errors={form.errors.startDate} />
          <FormField idPrefix={idPrefix} label="End" name="endDate" type="date" defaultValue={initial?.endDate ?? ''} errors={form.errors.endDate} />
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name="isCurrent" defaultChecked={initial?.isCurrent} /> I work here now
        </label>
        <div className="w-40">
          <FormField
            idPrefix={idPrefix}
            label="Length in months (if no dates)"
            name="durationMonths"
            type="number"
            defaultValue={initial?.durationMonths ?? ''}
            errors={form.errors.durationMonths}
          />
        </div>
      </div>
      <TextAreaField
        idPrefix={idPrefix}
        label="Description"
        name="description"
        rows={3}
        defaultValue={initial?.description ?? ''}
        errors={form.errors.description}
      />
      <TextAreaField
        idPrefix={idPrefix}
        label="Achievements (one per line)"
        name="achievements"
        rows={4}
        defaultValue={initial?.achievements.join('\n')}
        errors={form.errors.achievements}
      />
      <FormMessage message={form.message} />
      <div className="flex gap-2">
        <button type="submit" disabled={form.pending} className={buttonClass}>
          {form.pending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onCancel} className={secondaryButtonClass}>
          Cancel
        </button>
      </div>
    </form>
  );
}
