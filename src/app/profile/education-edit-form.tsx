'use client';

import { useMutation } from '@tanstack/react-query';
import { updateEducationInput, type EducationOutput } from '@/lib/validators/profile';
import { useTRPC } from '@/trpc/react';
import { formToObject, useValidatedSubmit } from '../_components/use-validated-mutation';
import { EducationFields } from './education-fields';
import { EditFooter, type EditDone } from './in-place-edit';
import { typedPeriodDate } from './typed-date';
import { useProfileCache } from './use-profile-mutation';

/** What an entry is called in buttons and messages: its degree, else its institution. */
export const educationName = (e: Pick<EducationOutput, 'degree' | 'institution'>) =>
  e.degree ?? e.institution ?? 'education';

/** One education entry, corrected in place (an imported degree could only be removed and retyped). */
export function EducationEditForm({ entry, onDone }: { entry: EducationOutput; onDone: EditDone }) {
  const trpc = useTRPC();
  const cache = useProfileCache();
  const save = useMutation(trpc.profile.updateEducation.mutationOptions({ onSuccess: cache.set }));
  const form = useValidatedSubmit(updateEducationInput, (input) => save.mutateAsync(input));
  return (
    <form
      noValidate
      aria-label={`Edit ${educationName(entry)}`}
      className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const raw = formToObject(e.currentTarget);
        const dates = {
          startDate: typedPeriodDate(raw.startDate, 'start'),
          endDate: typedPeriodDate(raw.endDate, 'end'),
        };
        void form.submit({ ...raw, ...dates, id: entry.id, grade: entry.grade }).then((profile) => {
          if (!profile) return;
          const saved = profile.education.find((x) => x.id === entry.id);
          onDone(educationName(saved ?? entry));
        });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone(null);
      }}
    >
      <EducationFields prefix={`edu-edit-${entry.id}-`} errors={form.errors} entry={entry} />
      <div className="flex items-center gap-3 sm:col-span-2">
        <EditFooter pending={form.pending} message={form.message} onCancel={() => onDone(null)} />
      </div>
    </form>
  );
}
