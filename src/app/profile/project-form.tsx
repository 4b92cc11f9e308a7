'use client';

import { useMutation } from '@tanstack/react-query';
import { addProjectInput, updateProjectInput, type ProjectOutput } from '@/lib/validators/profile';
import { useTRPC } from '@/trpc/react';
import { FormField } from '../_components/form-field';
import { TextAreaField } from '../_components/text-area-field';
import { useValidatedSubmit } from '../_components/use-validated-mutation';
import { EntryForm } from './entry-form';
import type { EditDone } from './in-place-edit';
import { typedPeriodDate, DATE_HINT } from './typed-date';
import { useProfileCache } from './use-profile-mutation';

/**
 * A project's date as typed. Projects keep no date precision and resumes print only their years,
 * so the form shows the year; a year left as it was keeps the stored date (unless that end would
 * now fall before the start). An end typed as a year or a month means its last day ("2023" to
 * "2023" is a project of 2023). Text that is no date goes on, for the schema to name.
 */
function projectDate(typed: string, stored: string | null, end: 'start' | 'end', start?: string): string {
  const t = typed.trim();
  if (stored && t === stored.slice(0, 4) && !(end === 'end' && start && stored < start)) return stored;
  return typedPeriodDate(t, end) ?? '';
}

const lines = (text: string) => text.split('\n');

/** A project, added or corrected on the profile. */
export function ProjectForm({
  entry,
  onDone,
}: {
  /** Absent: the form adds a project. */
  entry?: ProjectOutput;
  /** Cancel only while editing. */
  onDone: EditDone;
}) {
  const trpc = useTRPC();
  const cache = useProfileCache();
  const add = useMutation(trpc.profile.addProject.mutationOptions({ onSuccess: cache.set }));
  const update = useMutation(trpc.profile.updateProject.mutationOptions({ onSuccess: cache.set }));
  const addForm = useValidatedSubmit(addProjectInput, (input) => add.mutateAsync(input));
  const editForm = useValidatedSubmit(updateProjectInput, (input) => update.mutateAsync(input));
  const form = entry ? editForm : addForm;
  const prefix = entry ? `project-edit-${entry.id}-` : 'project-';
  return (
    <EntryForm
      label={entry ? `Edit ${entry.name}` : 'Add a project'}
      editing={!!entry}
      addLabel="Add project"
      wide
      pending={form.pending}
      message={form.message}
      onDone={onDone}
      save={async (text) => {
        const startDate = projectDate(text('startDate'), entry?.startDate ?? null, 'start');
        const fields = {
          name: text('name'),
          url: text('url').trim() || null,
          startDate,
          endDate: projectDate(text('endDate'), entry?.endDate ?? null, 'end', startDate),
          description: text('description'),
          highlights: lines(text('highlights')),
        };
        const saved = entry ? await editForm.submit({ ...fields, id: entry.id }) : await addForm.submit(fields);
        return saved ? fields.name.trim() : null;
      }}
    >
      <FormField
        idPrefix={prefix}
        label="Project"
        name="name"
        autoFocus={!!entry}
        maxLength={200}
        defaultValue={entry?.name ?? ''}
        placeholder="e.g. Route planner"
        errors={form.errors.name}
      />
      <FormField
        idPrefix={prefix}
        label="Link"
        name="url"
        maxLength={300}
        inputMode="url"
        defaultValue={entry?.url ?? ''}
        placeholder="e.g. github.com/you/route-planner"
        errors={form.errors.url}
      />
      <FormField
        idPrefix={prefix}
        label="Start"
        name="startDate"
        defaultValue={entry?.startDate?.slice(0, 4) ?? ''}
        placeholder="e.g. 2023"
        hint={DATE_HINT}
        errors={form.errors.startDate}
      />
      <FormField
        idPrefix={prefix}
        label="End"
        name="endDate"
        defaultValue={entry?.endDate?.slice(0, 4) ?? ''}
        placeholder="e.g. 2024"
        hint={DATE_HINT}
        errors={form.errors.endDate}
      />
      <div className="sm:col-span-2">
        <TextAreaField
          idPrefix={prefix}
          label="Description"
          name="description"
          rows={2}
          maxLength={20_000}
          defaultValue={entry?.description ?? ''}
          errors={form.errors.description}
        />
      </div>
      <div className="sm:col-span-2">
        <TextAreaField
          idPrefix={prefix}
          label="Highlights (one per line)"
          name="highlights"
          rows={3}
          defaultValue={entry?.highlights.join('\n') ?? ''}
          errors={form.errors.highlights}
        />
      </div>
    </EntryForm>
  );
}
