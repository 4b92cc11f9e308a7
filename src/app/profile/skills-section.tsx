'use client';

import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { SKILL_CATEGORIES } from '@/lib/validators/enums';
import { addSkillInput, type SkillOutput } from '@/lib/validators/profile';
import { useTRPC } from '@/trpc/react';
import { FormField } from '../_components/form-field';
import { SelectField } from '../_components/select-field';
import { formToObject, useValidatedSubmit } from '../_components/use-validated-mutation';
import { buttonClass, FormMessage, SavedNotice, Section } from './section';
import { useInPlaceEdit } from './in-place-edit';
import { SKILL_LEVELS, SkillEditForm } from './skill-edit-form';
import { useProfileCache } from './use-profile-mutation';
import { savedNotice } from './saved-notice';

const CATEGORY_OPTIONS = SKILL_CATEGORIES.map((c) => [c, c[0]!.toUpperCase() + c.slice(1)] as const);

export function SkillsSection({ skills }: { skills: SkillOutput[] }) {
  const trpc = useTRPC();
  const cache = useProfileCache();
  const formRef = useRef<HTMLFormElement>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const edit = useInPlaceEdit('skill-chip-');
  const add = useMutation(trpc.profile.addSkill.mutationOptions({ onSuccess: cache.set }));
  const remove = useMutation(
    trpc.profile.removeEntry.mutationOptions({
      // Disappears at once; comes back if the server refuses.
      onMutate: ({ id }) => cache.optimistic((p) => ({ ...p, skills: p.skills.filter((s) => s.id !== id) })),
      onError: (err, _input, rollback) => {
        rollback?.();
        setRemoveError(err.message);
      },
      onSuccess: cache.set,
    }),
  );
  const form = useValidatedSubmit(addSkillInput, (input) => add.mutateAsync(input));

  return (
    <Section id="skills" title="Skills">
      {skills.length === 0 ? (
        <p className="mb-4 text-sm text-slate-600">No skills yet. Add the tools, languages and strengths you work with.</p>
      ) : (
        <ul className="mb-4 flex flex-wrap gap-2" aria-label="Your skills">
          {skills.map((s) => (
            <li key={s.id} className="flex items-center gap-2 rounded-full bg-brand-50 py-1 pl-3 pr-1 text-sm text-brand-700">
              <button
                type="button"
                id={edit.controlId(s.id)}
                aria-label={`Edit ${s.name}`}
                aria-expanded={edit.editing === s.id}
                onClick={() => edit.toggle(s.id)}
                className="flex items-center gap-2 rounded-full hover:underline aria-expanded:underline"
              >
                <span>{s.name}</span>
                <span className="text-xs text-slate-500">
                  {s.proficiencyLevel}/5{s.yearsOfExperience > 0 ? ` · ${s.yearsOfExperience} yr` : ''}
                </span>
              </button>
              <button
                type="button"
                onClick={() => {
                  setRemoveError(null);
                  remove.mutate({ kind: 'skill', id: s.id });
                }}
                aria-label={`Remove ${s.name}`}
                className="rounded-full px-2 text-slate-500 hover:bg-brand-100"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {skills
        .filter((s) => s.id === edit.editing)
        .map((s) => (
          <SkillEditForm key={s.id} skill={s} onDone={edit.doneWith(s.id)} />
        ))}
      <SavedNotice text={edit.notice} className="mb-4" />
      <FormMessage message={removeError} />
      <form
        ref={formRef}
        noValidate
        aria-label="Add a skill"
        // Two or three fields a row: six in one row cut the selects to "Tec" and "3 ·". Rows start
        // at the top so an error under one field does not shift its neighbours.
        className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-3"
        onSubmit={(e) => {
          e.preventDefault();
          const submitted = formToObject(e.currentTarget);
          const before = new Set(skills.map((s) => s.id));
          setAdded(null);
          void form.submit(submitted).then((ok) => {
            if (!ok) return;
            // Named as stored ("reactjs" is kept as React): the new skill of that name, or else the
            // new one (a skill saved meanwhile from this form is new too, but has another name).
            const fresh = ok.skills.filter((s) => !before.has(s.id));
            const typed = String(submitted.name).trim().toLowerCase();
            const stored = fresh.find((s) => s.name.toLowerCase() === typed) ?? fresh[0];
            setAdded(savedNotice('Added', stored?.name ?? String(submitted.name)));
            // Clear only the name that was sent: the next skill may already be typed while this
            // one saved ("Docker" typed while "Python" saves must stay). Level, years and date stay
            // for the next skill.
            const name = formRef.current?.elements.namedItem('name');
            if (name instanceof HTMLInputElement && name.value === submitted.name) name.value = '';
          });
        }}
      >
        <FormField idPrefix="skill-" label="Skill" name="name" errors={form.errors.name} placeholder="e.g. React, SQL, Spanish" />
        <SelectField idPrefix="skill-" label="Category" name="category" options={CATEGORY_OPTIONS} errors={form.errors.category} />
        <SelectField idPrefix="skill-" label="Level" name="proficiencyLevel" options={SKILL_LEVELS} defaultValue="3" errors={form.errors.proficiencyLevel} />
        <FormField idPrefix="skill-" label="Years" name="yearsOfExperience" type="number" min={0} max={50} step={0.5} defaultValue="1" errors={form.errors.yearsOfExperience} />
        <FormField idPrefix="skill-" label="Last used" name="lastUsed" type="date" errors={form.errors.lastUsed} />
        <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-3">
          <button type="submit" className={buttonClass}>
            {form.pending ? 'Adding…' : 'Add skill'}
          </button>
          <SavedNotice text={added} />
        </div>
      </form>
      <div className="mt-2">
        <FormMessage message={form.message} />
      </div>
    </Section>
  );
}
