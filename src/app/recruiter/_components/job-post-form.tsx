'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { CURRENCIES, JOB_TYPES, REMOTE_TYPES, SALARY_PERIODS } from '@/lib/validators/enums';
import { jobPostFields, type JobPostInput, type RecruiterJobDetail } from '@/lib/validators/recruiter';
import { useTRPC } from '@/trpc/react';
import { FormField } from '../../_components/form-field';
import { JOB_TYPE_LABEL, REMOTE_LABEL } from '../../_components/format';
import { SelectField } from '../../_components/select-field';
import { formToObject, useValidatedSubmit } from '../../_components/use-validated-mutation';

const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

/** Form values to the schema's input: skills are one comma-separated box, blank numbers are null. */
function toInput(form: HTMLFormElement): JobPostInput {
  const raw = formToObject(form);
  const skills = typeof raw.requiredSkills === 'string' ? raw.requiredSkills : '';
  return {
    ...raw,
    salaryMin: blankToNull(raw.salaryMin),
    salaryMax: blankToNull(raw.salaryMax),
    requiredSkills: skills
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  } as JobPostInput;
}

/** Post a job, or edit one (`existing`). The same zod schema validates here and on the server. */
export function JobPostForm({ existing }: { existing?: RecruiterJobDetail }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.recruiter.createJob.mutationOptions());
  const update = useMutation(trpc.recruiter.updateJob.mutationOptions());
  const { errors, message, pending, submit } = useValidatedSubmit(jobPostFields, (input) =>
    existing ? update.mutateAsync({ id: existing.id, fields: input }) : create.mutateAsync(input),
  );
  const f = existing?.fields;
  // Seen on a walk: an edit saved without a word, and on a phone the changed heading is far above.
  const [saved, setSaved] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    const result = await submit(toInput(e.currentTarget));
    if (result) {
      setSaved(Boolean(existing));
      router.push(`/recruiter/jobs/${result.id}`);
      router.refresh();
    }
  }

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      onInput={() => setSaved(false)}
      noValidate
      className="space-y-4 rounded-xl bg-white p-6 shadow-sm"
    >
      <FormField label="Job title" name="title" defaultValue={f?.title} errors={errors.title} required />
      <div className="space-y-1">
        <label htmlFor="description" className="block text-sm font-medium">
          Description
        </label>
        <textarea
          id="description"
          name="description"
          rows={10}
          required
          defaultValue={f?.description}
          aria-invalid={errors.description?.length ? true : undefined}
          aria-describedby={errors.description?.length ? 'description-error' : undefined}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        {errors.description?.length ? (
          <p id="description-error" role="alert" className="text-xs text-red-600">
            {errors.description.join(' ')}
          </p>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label="Location" name="location" defaultValue={f?.location} errors={errors.location} required />
        <SelectField
          label="Work arrangement"
          name="remoteType"
          defaultValue={f?.remoteType ?? 'onsite'}
          options={REMOTE_TYPES.map((t) => [t, REMOTE_LABEL[t]] as const)}
          errors={errors.remoteType}
        />
        <SelectField
          label="Job type"
          name="jobType"
          defaultValue={f?.jobType ?? 'full-time'}
          options={JOB_TYPES.map((t) => [t, JOB_TYPE_LABEL[t]] as const)}
          errors={errors.jobType}
        />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-4">
        <legend className="mb-1 text-sm font-medium">Salary (optional)</legend>
        <FormField
          label="From"
          name="salaryMin"
          type="number"
          min={0}
          defaultValue={f?.salaryMin ?? ''}
          errors={errors.salaryMin}
        />
        <FormField
          label="To"
          name="salaryMax"
          type="number"
          min={0}
          defaultValue={f?.salaryMax ?? ''}
          errors={errors.salaryMax}
        />
        <SelectField
          label="Currency"
          name="salaryCurrency"
          defaultValue={f?.salaryCurrency ?? 'USD'}
          options={CURRENCIES.map((c) => [c, c] as const)}
          errors={errors.salaryCurrency}
        />
        <SelectField
          label="Per"
          name="salaryPeriod"
          defaultValue={f?.salaryPeriod ?? 'year'}
          options={SALARY_PERIODS.map((p) => [p, p] as const)}
          errors={errors.salaryPeriod}
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <FormField
          label="Required skills"
          name="requiredSkills"
          hint="Comma-separated, e.g. React, TypeScript, PostgreSQL"
          defaultValue={f?.requiredSkills.join(', ')}
          errors={errors.requiredSkills}
        />
        <FormField
          label="Years of experience"
          name="requiredYears"
          type="number"
          min={0}
          step="0.5"
          defaultValue={f?.requiredYears ?? 0}
          errors={errors.requiredYears}
        />
      </div>
      <FormField
        label="External apply link (optional)"
        name="applyUrl"
        type="url"
        defaultValue={f?.applyUrl ?? ''}
        errors={errors.applyUrl}
      />
      {message && (
        <p role="alert" className="text-sm text-red-600">
          {message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? 'Saving…' : existing ? 'Save changes' : 'Post job'}
      </button>
      {saved && (
        <p role="status" className="text-sm text-green-700">
          Saved.
        </p>
      )}
    </form>
  );
}
