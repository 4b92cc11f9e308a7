'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '@/trpc/react';
import { FormMessage, secondaryButtonClass, Section } from './section';
import { useProfileCache } from './use-profile-mutation';

const chip = 'inline-flex items-center gap-1 rounded-full border px-3 py-1 text-sm';

/**
 * "What you do": the occupations matching reads from the profile, which the seeker can confirm or
 * replace. Confirmed ones win over inference until cleared.
 */
export function OccupationsSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const cache = useProfileCache();
  const [query, setQuery] = useState('');
  const occupations = useQuery(trpc.profile.occupations.queryOptions());
  const found = useQuery(
    trpc.profile.searchOccupations.queryOptions({ q: query.trim() }, { enabled: query.trim().length >= 2 }),
  );
  const save = useMutation(
    trpc.profile.setTargetOccupations.mutationOptions({
      onSuccess: async (profile) => {
        cache.set(profile);
        await queryClient.invalidateQueries({ queryKey: trpc.profile.occupations.queryKey() });
      },
    }),
  );
  const confirmed = occupations.data?.confirmed ?? [];
  const inferred = occupations.data?.inferred ?? [];
  const matchedAs = occupations.data?.matchedAs ?? null;
  const codes = confirmed.map((c) => c.code);
  const setCodes = (next: string[]) => save.mutate({ codes: next });

  return (
    <Section id="occupations" title="What you do">
      <p className="text-sm text-slate-600">
        {confirmed.length > 0
          ? 'Matches are ranked for these occupations. Remove them all to let your profile decide again.'
          : 'Matches are ranked for what your profile reads as, weighed with the jobs most like it. Confirm the right occupation, or pick another.'}
      </p>
      {confirmed.length > 0 && (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Your occupations">
          {confirmed.map((c) => (
            <li key={c.code} className={`${chip} border-brand-200 bg-brand-50`}>
              {c.title}
              <button type="button" className="ml-1 text-slate-500 hover:text-red-700" aria-label={`Remove ${c.title}`} onClick={() => setCodes(codes.filter((x) => x !== c.code))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {inferred.length > 0 && (
        <div className="mt-3">
          <h3 className="text-sm font-medium">Your profile reads as</h3>
          <ul className="mt-1 flex flex-wrap gap-2">
            {inferred.slice(0, 3).filter((o) => !codes.includes(o.code)).map((o) => (
              <li key={o.code} className={`${chip} border-slate-300`}>
                {o.title}
                <button type="button" className="ml-1 text-brand-700 hover:underline" disabled={save.isPending || codes.length >= 5} onClick={() => setCodes([...codes, o.code])}>
                  {confirmed.length ? 'Add' : 'Confirm'}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {matchedAs && confirmed.length === 0 && matchedAs.code !== inferred[0]?.code && (
        <p className="mt-2 text-sm text-slate-700" data-testid="matched-as">
          Your matches read you as <span className="font-medium">{matchedAs.title}</span>, from your profile and the
          jobs most like it.{' '}
          <button
            type="button"
            className="text-brand-700 underline"
            disabled={save.isPending}
            onClick={() => setCodes([matchedAs.code])}
          >
            Confirm {matchedAs.title}
          </button>
        </p>
      )}
      {occupations.data && inferred.length === 0 && confirmed.length === 0 && (
        <p className="mt-2 text-sm text-slate-600">Add a headline, roles or skills, or pick your occupation below.</p>
      )}
      <div className="mt-3 max-w-md space-y-1">
        <label htmlFor="occupation-search" className="block text-sm font-medium">
          Find your occupation
        </label>
        <input
          id="occupation-search"
          type="search"
          value={query}
          placeholder="e.g. data analyst, nurse, electrician"
          onChange={(e) => setQuery(e.target.value)}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        {found.data && found.data.length > 0 && (
          <ul className="divide-y rounded-md border border-slate-200" aria-label="Occupations found">
            {found.data.slice(0, 6).map((o) => (
              <li key={o.code} className="flex items-center justify-between gap-2 px-3 py-1.5 text-sm">
                <span>{o.title}</span>
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={codes.includes(o.code) || codes.length >= 5 || save.isPending}
                  onClick={() => {
                    setCodes([...codes, o.code]);
                    setQuery('');
                  }}
                >
                  {codes.includes(o.code) ? 'Added' : 'Add'}
                </button>
              </li>
            ))}
          </ul>
        )}
        {found.data?.length === 0 && <p className="text-xs text-slate-500">No occupation matches that.</p>}
      </div>
      <FormMessage message={save.error?.message ?? null} />
    </Section>
  );
}
