'use client';

import { useMutation } from '@tanstack/react-query';
import { updateSkillInput, type SkillOutput } from '@/lib/validators/profile';
import { useTRPC } from '@/trpc/react';
import { FormField } from '../_components/form-field';
import { SelectField } from '../_components/select-field';
import { formToObject, useValidatedSubmit } from '../_components/use-validated-mutation';
import { EditFooter, type EditDone } from './in-place-edit';
import { useProfileCache } from './use-profile-mutation';

export const SKILL_LEVELS = [
  ['1', '1 · Beginner'],
  ['2', '2 · Basic'],
  ['3', '3 · Competent'],
  ['4', '4 · Advanced'],
  ['5', '5 · Expert'],
] as const;

/**
 * One skill's level, years and last use, edited in place: an import saves every skill at 3/5 with
 * no years, which only the seeker can correct (matching and documents order skills by them).
 */
export function SkillEditForm({ skill, onDone }: { skill: SkillOutput; onDone: EditDone }) {
  const trpc = useTRPC();
  const cache = useProfileCache();
  const save = useMutation(trpc.profile.updateSkill.mutationOptions({ onSuccess: cache.set }));
  const form = useValidatedSubmit(updateSkillInput, (input) => save.mutateAsync(input));
  const prefix = `skill-edit-${skill.id}-`;
  return (
    <form
      noValidate
      aria-label={`Edit ${skill.name}`}
      className="mb-4 grid items-start gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ id: skill.id, ...formToObject(e.currentTarget) }).then((ok) => {
          if (ok) onDone(skill.name);
        });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone(null);
      }}
    >
      <p className="text-sm font-medium sm:col-span-3">{skill.name}</p>
      <SelectField
        idPrefix={prefix}
        label="Level"
        name="proficiencyLevel"
        options={SKILL_LEVELS}
        defaultValue={String(skill.proficiencyLevel)}
        errors={form.errors.proficiencyLevel}
        autoFocus
      />
      <FormField
        idPrefix={prefix}
        label="Years"
        name="yearsOfExperience"
        type="number"
        min={0}
        max={50}
        step={0.5}
        defaultValue={String(skill.yearsOfExperience)}
        errors={form.errors.yearsOfExperience}
      />
      <FormField
        idPrefix={prefix}
        label="Last used"
        name="lastUsed"
        type="date"
        defaultValue={skill.lastUsed ?? ''}
        errors={form.errors.lastUsed}
      />
      <div className="flex items-center gap-3 sm:col-span-3">
        <EditFooter pending={form.pending} message={form.message} onCancel={() => onDone(null)} />
      </div>
    </form>
  );
}
