'use client';

import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { addEducationInput, type EducationOutput } from '@/lib/validators/profile';
import { useTRPC } from '@/trpc/react';
import { formToObject, useValidatedSubmit } from '../_components/use-validated-mutation';
import { EducationEditForm, educationName } from './education-edit-form';
import { EducationFields } from './education-fields';
import { useInPlaceEdit } from './in-place-edit';
import { buttonClass, FormMessage, SavedNotice, Section } from './section';
import { useProfileCache } from './use-profile-mutation';
import { savedNotice } from './saved-notice';
import { schoolPeriod } from './school-dates';
import { typedPeriodDate } from './typed-date';

export function EducationSection({ entries }: { entries: EducationOutput[] }) {
  const trpc = useTRPC();
  const cache = useProfileCache();
  const formRef = useRef<HTMLFormElement>(null);
  const [added, setAdded] = useState<string | null>(null);
  const add = useMutation(trpc.profile.addEducation.mutationOptions({ onSuccess: cache.set }));
  const remove = useMutation(trpc.profile.removeEntry.mutationOptions({ onSuccess: cache.set }));
  const form = useValidatedSubmit(addEducationInput, (input) => add.mutateAsync(input));
  const edit = useInPlaceEdit('edu-edit-button-');

  return (
    <Section id="education" title="Education">
      {entries.length === 0 && <p className="mb-3 text-sm text-slate-600">No education yet.</p>}
      <ul className="mb-4 space-y-2">
        {entries.map((e) =>
          edit.editing === e.id ? (
            <li key={e.id}>
              <EducationEditForm entry={e} onDone={edit.doneWith(e.id)} />
            </li>
          ) : (
            <li key={e.id} className="flex items-start justify-between gap-3 text-sm">
              <div>
                <p className="font-medium">
                  {e.degree ?? <span className="italic text-amber-800">Degree not given</span>}
                  {e.fieldOfStudy ? `, ${e.fieldOfStudy}` : ''}
                </p>
                <p className="text-slate-600">
                  {[e.institution, schoolPeriod(e.startDate, e.endDate)].filter(Boolean).join(' · ')}
                </p>
              </div>
              <div className="flex gap-3">
                <button
                  type="button"
                  id={edit.controlId(e.id)}
                  className="text-brand-700 hover:underline"
                  aria-label={`Edit ${educationName(e)}`}
                  onClick={() => edit.toggle(e.id)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="text-red-700 hover:underline"
                  onClick={() => remove.mutate({ kind: 'education', id: e.id })}
                >
                  Remove<span className="sr-only"> {e.degree ?? e.institution}</span>
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      <SavedNotice text={edit.notice} className="mb-4" />
      <form
        ref={formRef}
        noValidate
        aria-label="Add education"
        className="grid gap-3 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          const raw = formToObject(e.currentTarget);
          setAdded(null);
          void form
            .submit({
              ...raw,
              startDate: typedPeriodDate(raw.startDate, 'start'),
              endDate: typedPeriodDate(raw.endDate, 'end'),
            })
            .then((ok) => {
              if (!ok) return;
              formRef.current?.reset();
              const named = [raw.degree, raw.institution].filter((v) => typeof v === 'string' && v.trim()).join(', ');
              setAdded(named ? savedNotice('Added', named) : 'Added.');
            });
        }}
      >
        <EducationFields prefix="edu-" errors={form.errors} />
        <div className="sm:col-span-2 space-y-2">
          <FormMessage message={form.message} />
          <div className="flex items-center gap-3">
            <button type="submit" disabled={form.pending} className={buttonClass}>
              {form.pending ? 'Adding…' : 'Add education'}
            </button>
            <SavedNotice text={added} />
          </div>
        </div>
      </form>
    </Section>
  );
}
