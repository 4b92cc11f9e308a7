import type { EducationOutput } from '@/lib/validators/profile';
import type { FieldErrors } from '../_components/field-errors';
import { FormField } from '../_components/form-field';

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
          type="date"
          errors={errors.startDate}
          defaultValue={entry?.startDate?.slice(0, 10) ?? ''}
        />
        <FormField
          idPrefix={prefix}
          label="End"
          name="endDate"
          type="date"
          errors={errors.endDate}
          defaultValue={entry?.endDate?.slice(0, 10) ?? ''}
        />
      </div>
    </>
  );
}
