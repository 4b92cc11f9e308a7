'use client';

import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { CURRENCIES, JOB_TYPES, REMOTE_TYPES, SALARY_PERIODS } from '@/lib/validators/enums';
import { splitPlaces } from '@/lib/place-list';
import type { PreferenceMustHave } from '@/lib/validators/preference-must-haves';
import { preferencesInput, type PreferencesOutput } from '@/lib/validators/profile';
import { useTRPC } from '@/trpc/react';
import { FREQUENCY_OPTIONS } from '../alerts/frequency-options';
import { FormField } from '../_components/form-field';
import { JOB_TYPE_LABEL, REMOTE_LABEL } from '../_components/format';
import { SelectField } from '../_components/select-field';
import { TextAreaField } from '../_components/text-area-field';
import { formToObject, useValidatedSubmit } from '../_components/use-validated-mutation';
import { MustHaveToggle } from './must-have-toggle';
import { buttonClass, FormMessage, Section } from './section';
import { useProfileCache } from './use-profile-mutation';

const pairs = (values: readonly string[]) => values.map((v) => [v, v] as const);

function CheckboxGroup<T extends string>({ legend, name, options, labels, checked, mustHave }: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  checked: readonly T[];
  mustHave: ReactNode;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-3 text-sm">
        {options.map((o) => (
          <label key={o} className="inline-flex items-center gap-1">
            <input type="checkbox" name={name} value={o} defaultChecked={checked.includes(o)} /> {labels[o]}
          </label>
        ))}
      </div>
      <div className="mt-1">{mustHave}</div>
    </fieldset>
  );
}

export function PreferencesSection({ preferences }: { preferences: PreferencesOutput }) {
  const trpc = useTRPC();
  const cache = useProfileCache();
  const [saved, setSaved] = useState(false);
  // Relocating means other places rank lower instead of being hidden: places cannot be a must-have.
  const [relocate, setRelocate] = useState(preferences.willingToRelocate);
  const must = (m: PreferenceMustHave) => preferences.mustHaves.includes(m);
  const save = useMutation(trpc.profile.updatePreferences.mutationOptions({ onSuccess: cache.set }));
  const form = useValidatedSubmit(preferencesInput, (input) => save.mutateAsync(input));

  return (
    <Section id="preferences" title="What you are looking for">
      <form
        noValidate
        aria-label="Job preferences"
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          const raw = formToObject(e.currentTarget, ['remoteTypes', 'jobTypes', 'mustHaves']);
          const locations = splitPlaces(typeof raw.locations === 'string' ? raw.locations : '');
          const salaryMin = raw.salaryMin === '' ? null : raw.salaryMin;
          const willingToRelocate = raw.willingToRelocate === 'on';
          void form.submit({ ...raw, locations, salaryMin, willingToRelocate }).then((ok) => setSaved(Boolean(ok)));
        }}
      >
        <p className="text-sm text-slate-600">
          Tick <span className="font-medium">Must have</span> where a job that misses it is not worth seeing: must-haves
          filter your matches, the other preferences only rank them.
        </p>
        <div className="space-y-2">
          <TextAreaField
            idPrefix="pref-"
            label="Preferred locations, one a line"
            name="locations"
            rows={2}
            placeholder={'e.g. Austin, TX\nRemote'}
            defaultValue={preferences.locations.join('\n')}
            errors={form.errors.locations}
          />
          <div className="flex flex-wrap items-center gap-4">
            <MustHaveToggle key={String(relocate)} value="locations" checked={must('locations') && !relocate} disabled={relocate} />
            <label className="inline-flex items-center gap-1 text-xs text-slate-700">
              <input type="checkbox" name="willingToRelocate" checked={relocate} onChange={(e) => setRelocate(e.target.checked)} />
              Willing to relocate (jobs elsewhere rank lower instead of being hidden)
            </label>
          </div>
        </div>
        <CheckboxGroup
          legend="Work arrangement"
          name="remoteTypes"
          options={REMOTE_TYPES}
          labels={REMOTE_LABEL}
          checked={preferences.remoteTypes}
          mustHave={<MustHaveToggle value="remoteTypes" checked={must('remoteTypes')} />}
        />
        <CheckboxGroup
          legend="Job types"
          name="jobTypes"
          options={JOB_TYPES}
          labels={JOB_TYPE_LABEL}
          checked={preferences.jobTypes}
          mustHave={<MustHaveToggle value="jobTypes" checked={must('jobTypes')} />}
        />
        <div className="space-y-2">
          <div className="grid gap-3 sm:grid-cols-3">
            <FormField idPrefix="pref-" label="Minimum salary" name="salaryMin" type="number" min={0} step="0.01" defaultValue={preferences.salaryMin ?? ''} errors={form.errors.salaryMin} />
            <SelectField idPrefix="pref-" label="Currency" name="salaryCurrency" options={pairs(CURRENCIES)} defaultValue={preferences.salaryCurrency} errors={form.errors.salaryCurrency} />
            <SelectField idPrefix="pref-" label="Per" name="salaryPeriod" options={pairs(SALARY_PERIODS)} defaultValue={preferences.salaryPeriod} errors={form.errors.salaryPeriod} />
          </div>
          <MustHaveToggle value="salary" checked={must('salary')} />
        </div>
        <TextAreaField idPrefix="pref-" label="Career goals" name="careerGoals" rows={3} defaultValue={preferences.careerGoals ?? ''} errors={form.errors.careerGoals} />
        <div className="space-y-1">
          <SelectField idPrefix="pref-" label="Default for new job alerts" name="alertFrequency" options={FREQUENCY_OPTIONS} defaultValue={preferences.alertFrequency} aria-describedby="pref-alertFrequency-hint" />
          <p id="pref-alertFrequency-hint" className="text-xs text-slate-600">
            What “Save this search” starts from. Each saved search keeps its own setting on the Alerts page.
          </p>
        </div>
        <FormMessage message={form.message} />
        <div className="flex items-center gap-3">
          <button type="submit" disabled={form.pending} className={buttonClass}>
            {form.pending ? 'Saving…' : 'Save preferences'}
          </button>
          <p role="status" className="text-sm text-slate-600">{saved ? 'Saved.' : ''}</p>
        </div>
      </form>
    </Section>
  );
}
