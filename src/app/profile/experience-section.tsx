'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { displayPartialDate } from '@/lib/partial-date';
import type { ExperienceOutput } from '@/lib/validators/profile';
import { useTRPC } from '@/trpc/react';
import { ExperienceForm } from './experience-form';
import { lacksAnEnd } from './role-length';
import { SavedNotice, secondaryButtonClass, Section } from './section';
import { useProfileCache } from './use-profile-mutation';
import { savedNotice } from './saved-notice';

/** "Mar 2019 – Present", "2017 – 2019", "From 2019", "about 24 months", or null when nothing is known. */
function period(e: ExperienceOutput): string | null {
  const start = displayPartialDate(e.startDate, e.startPrecision);
  const end = e.isCurrent ? 'Present' : displayPartialDate(e.endDate, e.endPrecision);
  if (start && end) return `${start} – ${end}`;
  if (start) return `From ${start}`;
  if (end) return `Until ${end}`;
  if (e.durationMonths !== null) return `about ${e.durationMonths} month${e.durationMonths === 1 ? '' : 's'}`;
  return null;
}

export function ExperienceSection({ entries }: { entries: ExperienceOutput[] }) {
  const trpc = useTRPC();
  const cache = useProfileCache();
  // An entry id, 'new' for the add form, or null.
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const add = useMutation(trpc.profile.addExperience.mutationOptions({ onSuccess: cache.set }));
  const update = useMutation(trpc.profile.updateExperience.mutationOptions({ onSuccess: cache.set }));
  const remove = useMutation(trpc.profile.removeEntry.mutationOptions({ onSuccess: cache.set }));

  return (
    <Section
      id="experience"
      title="Experience"
      action={
        editing !== 'new' && (
          <button type="button" className={secondaryButtonClass} onClick={() => setEditing('new')}>
            Add experience
          </button>
        )
      }
    >
      {editing === 'new' && (
        <ExperienceForm
          idPrefix="exp-new-"
          onSave={async (v) => {
            const profile = await add.mutateAsync(v);
            setSaved(savedNotice('Added', v.title?.trim() || v.company?.trim() || 'the role'));
            return profile;
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <SavedNotice text={editing === null ? saved : null} />
      {entries.length === 0 && editing !== 'new' && <p className="text-sm text-slate-600">No experience yet.</p>}
      <ol className="mt-3 space-y-4">
        {entries.map((e) =>
          editing === e.id ? (
            <li key={e.id}>
              <ExperienceForm
                initial={e}
                idPrefix={`exp-${e.id}-`}
                onSave={async (v) => {
                  const profile = await update.mutateAsync({ ...v, id: e.id });
                  setSaved(savedNotice('Saved', v.title?.trim() || v.company?.trim() || 'the role'));
                  return profile;
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={e.id} className="border-l-2 border-brand-100 pl-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-medium">
                  {e.title ?? <span className="italic text-amber-800">Job title not given</span>}
                  {e.company && <span className="text-slate-600"> · {e.company}</span>}
                </h3>
                <span className="text-sm text-slate-500">{period(e) ?? <span className="text-amber-800">Dates not given</span>}</span>
              </div>
              {lacksAnEnd(e) && (
                <p className="text-xs text-amber-800" data-testid="role-lacks-end">
                  No end date: add one, or tick “I work here now”, for this role to count toward your years of
                  experience.
                </p>
              )}
              {e.location && <p className="text-sm text-slate-500">{e.location}</p>}
              {e.description && <p className="mt-1 whitespace-pre-line text-sm text-slate-700 [overflow-wrap:anywhere]">{e.description}</p>}
              {e.achievements.length > 0 && (
                <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
                  {e.achievements.map((a, i) => (
                    <li key={i}>{a}</li>
                  ))}
                </ul>
              )}
              <div className="mt-2 flex gap-3 text-sm">
                <button type="button" className="text-brand-700 hover:underline" onClick={() => setEditing(e.id)}>
                  Edit<span className="sr-only"> {e.title ?? e.company ?? 'role'}</span>
                </button>
                <button
                  type="button"
                  className="text-red-700 hover:underline"
                  onClick={() => remove.mutate({ kind: 'experience', id: e.id })}
                >
                  Remove<span className="sr-only"> {e.title ?? e.company ?? 'role'}</span>
                </button>
              </div>
            </li>
          ),
        )}
      </ol>
    </Section>
  );
}
