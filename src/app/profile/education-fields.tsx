import type { EducationOutput } from '@/lib/validators/profile';
import type { FieldErrors } from '../_components/field-errors';
import { FormField } from '../_components/form-field';
import { schoolDateText } from './school-dates';
import { DATE_HINT } from './typed-date';

/** The fields of an education entry, empty to add one or filled to edit it. */
export function EducationFields({
  prefix,
  errors,
  entry,
}: {
  prefix: string;
  errors: FieldErrors;
  entry?: EducationOutput;
}) {
  return (
    <>
      <FormField
        idPrefix={prefix}
        label="Degree"
        name="degree"
        errors={errors.degree}
        placeholder="e.g. BSc"
        defaultValue={entry?.degree ?? ''}
      />
      <FormField
        idPrefix={prefix}
        label="Field of study"
        name="fieldOfStudy"
        errors={errors.fieldOfStudy}
        defaultValue={entry?.fieldOfStudy ?? ''}
      />
      <FormField
        idPrefix={prefix}
        label="Institution"
        name="institution"
        errors={errors.institution}
        defaultValue={entry?.institution ?? ''}
      />
      <div className="grid grid-cols-2 gap-3">
        <FormField
          idPrefix={prefix}
          label="Start"
          name="startDate"
          inputMode="numeric"
          placeholder="e.g. 2012"
          hint={DATE_HINT}
          errors={errors.startDate}
          defaultValue={schoolDateText(entry?.startDate)}
        />
        <FormField
          idPrefix={prefix}
          label="End"
          name="endDate"
          inputMode="numeric"
          placeholder="e.g. 2016"
          hint={DATE_HINT}
          errors={errors.endDate}
          defaultValue={schoolDateText(entry?.endDate)}
        />
      </div>
    </>
  );
}
