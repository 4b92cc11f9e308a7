'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ExperienceOutput } from '@/lib/validators/profile';
import { useTRPC } from '@/trpc/react';
import { ExperienceForm } from './experience-form';
import { secondaryButtonClass, Section } from './section';
import { useProfileCache } from './use-profile-mutation';

const monthYear = (d: string | null) =>
  d ? new Date(`${d}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }) : '';

export function ExperienceSection({ entries }: { entries: ExperienceOutput[] }) {
  const trpc = useTRPC();
  const cache = useProfileCache();
  // An entry id, 'new' for the add form, or null.
  const [editing, setEditing] = useState<string | null>(null);
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
        <ExperienceForm idPrefix="exp-new-" onSave={(v) => add.mutateAsync(v)} onCancel={() => setEditing(null)} />
      )}
      {entries.length === 0 && editing !== 'new' && <p className="text-sm text-slate-600">No experience yet.</p>}
      <ol className="mt-3 space-y-4">
        {entries.map((e) =>
          editing === e.id ? (
            <li key={e.id}>
              <ExperienceForm
                initial={e}
                idPrefix={`exp-${e.id}-`}
                onSave={(v) => update.mutateAsync({ ...v, id: e.id })}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={e.id} className="border-l-2 border-brand-100 pl-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-medium">
                  {e.title} · <span className="text-slate-600">{e.company}</span>
                </h3>
                <span className="text-sm text-slate-500">
                  {monthYear(e.startDate)} – {e.isCurrent ? 'Present' : monthYear(e.endDate) || '—'}
                </span>
              </div>
              {e.location && <p className="text-sm text-slate-500">{e.location}</p>}
              {e.achievements.length > 0 && (
                <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
                  {e.achievements.map((a, i) => (
                    <li key={i}>{a}</li>
                  ))}
                </ul>
              )}
              <div className="mt-2 flex gap-3 text-sm">
                <button type="button" className="text-brand-700 hover:underline" onClick={() => setEditing(e.id)}>
                  Edit<span className="sr-only"> {e.title}</span>
                </button>
                <button
                  type="button"
                  className="text-red-700 hover:underline"
                  onClick={() => remove.mutate({ kind: 'experience', id: e.id })}
                >
                  Remove<span className="sr-only"> {e.title}</span>
                </button>
              </div>
            </li>
          ),
        )}
      </ol>
    </Section>
  );
}
