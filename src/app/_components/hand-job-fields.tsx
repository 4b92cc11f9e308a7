import type { FieldErrors } from './field-errors';
import { FormField } from './form-field';
import { JOB_TYPE_LABEL, REMOTE_LABEL } from './format';
import { SelectField } from './select-field';
import { TextAreaField } from './text-area-field';

const REMOTE_OPTIONS = Object.entries<string>(REMOTE_LABEL);
const JOB_TYPE_OPTIONS = Object.entries<string>(JOB_TYPE_LABEL);

export interface HandJobValues {
  title: string;
  companyName: string;
  applyUrl: string;
  location: string;
  remoteType: string;
  jobType: string;
  description: string;
}

/**
 * The fields of a job added by hand, in a two-column grid: the add form on the board and the edit
 * form on the job's page. `idPrefix` keeps ids apart when both could be on one page.
 */
export function HandJobFields({
  errors,
  initial,
  idPrefix,
}: {
  errors: FieldErrors;
  initial?: Partial<HandJobValues>;
  idPrefix: string;
}) {
  return (
    <>
      <FormField
        idPrefix={idPrefix}
        label="Job title"
        name="title"
        required
        maxLength={200}
        defaultValue={initial?.title}
        errors={errors.title}
      />
      <FormField
        idPrefix={idPrefix}
        label="Company"
        name="companyName"
        required
        maxLength={200}
        defaultValue={initial?.companyName}
        errors={errors.companyName}
      />
      <FormField
        idPrefix={idPrefix}
        label="Link to the posting (optional)"
        name="applyUrl"
        type="url"
        defaultValue={initial?.applyUrl}
        placeholder="https://"
        errors={errors.applyUrl}
      />
      <FormField
        idPrefix={idPrefix}
        label="Location (optional)"
        name="location"
        maxLength={200}
        defaultValue={initial?.location}
        errors={errors.location}
      />
      <SelectField
        idPrefix={idPrefix}
        label="Work arrangement"
        name="remoteType"
        options={REMOTE_OPTIONS}
        defaultValue={initial?.remoteType}
        errors={errors.remoteType}
      />
      <SelectField
        idPrefix={idPrefix}
        label="Job type"
        name="jobType"
        options={JOB_TYPE_OPTIONS}
        defaultValue={initial?.jobType}
        errors={errors.jobType}
      />
      <div className="sm:col-span-2">
        <TextAreaField
          idPrefix={idPrefix}
          label="Description (optional: paste it for a match and a tailored resume)"
          name="description"
          rows={4}
          maxLength={20_000}
          defaultValue={initial?.description}
          errors={errors.description}
        />
      </div>
    </>
  );
}
