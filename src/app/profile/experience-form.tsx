'use client';

import { formatPartialDate, typedPartialDate } from '@/lib/partial-date';
import { addExperienceInput, type AddExperienceInput, type ExperienceOutput } from '@/lib/validators/profile';
import { FormField } from '../_components/form-field';
import { TextAreaField } from '../_components/text-area-field';
import { formToObject, useValidatedSubmit } from '../_components/use-validated-mutation';
import { buttonClass, FormMessage, secondaryButtonClass } from './section';
import { DATE_HINT } from './typed-date';

type ExperienceValues = AddExperienceInput;

/** Dates are typed as precisely as they are known, as on the import form: "2019", "2019-03" or a day. */
const typed = (value: unknown) => typedPartialDate(typeof value === 'string' ? value : '');

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
        // "2018-03" is a month and "2018" a year, stored as such: no day is made up.
        const start = typed(raw.startDate);
        const end = typed(raw.endDate);
        void form
          .submit({
            ...raw,
            achievements,
            isCurrent: raw.isCurrent === 'on',
            startDate: start.date,
            startPrecision: start.precision,
            endDate: end.date,
            endPrecision: end.precision,
          })
          .then((ok) => ok && onCancel());
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          idPrefix={idPrefix}
          label="Title"
          name="title"
          defaultValue={initial?.title ?? ''}
          errors={form.errors.title}
        />
        <FormField
          idPrefix={idPrefix}
          label="Company"
          name="company"
          defaultValue={initial?.company ?? ''}
          errors={form.errors.company}
        />
        <FormField
          idPrefix={idPrefix}
          label="Location"
          name="location"
          defaultValue={initial?.location ?? ''}
          errors={form.errors.location}
        />
        <div className="grid grid-cols-2 gap-3">
          <FormField
            idPrefix={idPrefix}
            label="Start"
            name="startDate"
            inputMode="numeric"
            placeholder="e.g. 2019-03"
            hint={DATE_HINT}
            defaultValue={formatPartialDate(initial?.startDate ?? null, initial?.startPrecision ?? 'unknown')}
            errors={form.errors.startDate}
          />
          <FormField
            idPrefix={idPrefix}
            label="End"
            name="endDate"
            inputMode="numeric"
            placeholder="e.g. 2021"
            hint={DATE_HINT}
            defaultValue={formatPartialDate(initial?.endDate ?? null, initial?.endPrecision ?? 'unknown')}
            errors={form.errors.endDate}
          />
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
