'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { addSourceInput, TOKENLESS_SOURCE_TYPES, type SourceOutput } from '@/lib/validators/sources';
import { SOURCE_TYPES, type SourceType } from '@/server/services/ingestion/normalized-posting';
import { useTRPC } from '@/trpc/react';
import { useValidatedSubmit } from '../../_components/use-validated-mutation';
import { QuarantineList } from './quarantine-list';

const TYPE_LABEL: Record<SourceType, string> = {
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  smartrecruiters: 'SmartRecruiters',
  workable: 'Workable',
  recruitee: 'Recruitee',
  remotive: 'Remotive (feed)',
  arbeitnow: 'Arbeitnow (feed)',
  jsonld: 'Career page (JSON-LD)',
};

const CIRCUIT_LABEL: Record<SourceOutput['circuit'], string> = {
  closed: 'healthy',
  half_open: 'retrying',
  open: 'paused after failures',
  isolated: 'paused',
};

export function SourcesManager() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sources = useQuery({ ...trpc.sources.list.queryOptions(), refetchInterval: 3_000 });
  const refresh = () => queryClient.invalidateQueries(trpc.sources.pathFilter());
  const add = useMutation(trpc.sources.add.mutationOptions({ onSuccess: refresh }));
  const update = useMutation(trpc.sources.update.mutationOptions({ onSuccess: refresh }));
  const runNow = useMutation(trpc.sources.runNow.mutationOptions({ onSuccess: refresh }));
  const [type, setType] = useState<SourceType>('greenhouse');
  const [token, setToken] = useState('');
  const [schedule, setSchedule] = useState('6h');
  const [runError, setRunError] = useState<string | null>(null);
  const form = useValidatedSubmit(addSourceInput, (input) => add.mutateAsync(input));
  const tokenless = (TOKENLESS_SOURCE_TYPES as readonly string[]).includes(type);

  return (
    <div className="space-y-6">
      <form
        aria-label="Add a source"
        noValidate
        className="grid items-start gap-3 rounded-xl bg-white p-5 text-sm shadow-sm sm:grid-cols-[1fr_2fr_1fr_auto]"
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit({ type, token: tokenless ? '' : token, schedule }).then((ok) => ok && setToken(''));
        }}
      >
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">Source</span>
          <select value={type} onChange={(e) => setType(e.target.value as SourceType)} className="rounded border border-slate-300 px-2 py-1.5">
            {SOURCE_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">{type === 'jsonld' ? 'Career page address' : 'Board token'}</span>
          <input
            value={tokenless ? '' : token}
            disabled={tokenless}
            onChange={(e) => setToken(e.target.value)}
            placeholder={tokenless ? 'No token needed' : type === 'jsonld' ? 'https://example.com/careers' : 'e.g. acme'}
            aria-invalid={Boolean(form.errors.token)}
            className="rounded border border-slate-300 px-2 py-1.5"
          />
          {form.errors.token && <span className="text-xs text-red-700">{form.errors.token[0]}</span>}
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">Every</span>
          <input value={schedule} onChange={(e) => setSchedule(e.target.value)} className="rounded border border-slate-300 px-2 py-1.5" />
          {form.errors.schedule && <span className="text-xs text-red-700">{form.errors.schedule[0]}</span>}
        </label>
        <div className="sm:pt-6">
          <button type="submit" disabled={form.pending} className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            Add source
          </button>
        </div>
        {form.message && (
          <p role="alert" className="text-red-800 sm:col-span-4">
            {form.message}
          </p>
        )}
      </form>

      {runError && (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">
          {runError}
        </p>
      )}
      {sources.data?.length === 0 && (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          No sources yet: the jobs here are the seeded sample listings. Add a board above to fetch real postings.
        </p>
      )}
      <ul className="space-y-3" data-testid="source-list">
        {(sources.data ?? []).map((s) => (
          <li key={s.id} className="rounded-xl bg-white p-5 text-sm shadow-sm" data-testid="source-row">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="break-words font-semibold">{s.label}</p>
                <p className="text-xs text-slate-500">
                  {TYPE_LABEL[s.type]} · every {s.schedule} · {s.enabled ? 'on' : 'off'} · connection {CIRCUIT_LABEL[s.circuit]}
                </p>
              </div>
              <div className="flex gap-2">
                <button
                  type="button"
                  onClick={() => {
                    setRunError(null);
                    runNow.mutate({ id: s.id }, { onError: (err) => setRunError(err.message) });
                  }}
                  disabled={runNow.isPending}
                  className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
                >
                  Run now
                </button>
                <button
                  type="button"
                  onClick={() => update.mutate({ id: s.id, enabled: !s.enabled })}
                  className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50"
                >
                  {s.enabled ? 'Turn off' : 'Turn on'}
                </button>
              </div>
            </div>
            {s.lastRun ? (
              <div className="mt-3">
                <p className="text-xs text-slate-500">
                  Last run {s.lastRun.startedAt.toLocaleString()} · {s.lastRun.status}
                  {s.lastRun.error ? ` · ${s.lastRun.error}` : ''}
                </p>
                <dl className="mt-1 grid grid-cols-3 gap-2 sm:grid-cols-7" data-testid="run-counts">
                  {(
                    [
                      ['Fetched', s.lastRun.fetched],
                      ['New', s.lastRun.inserted],
                      ['Updated', s.lastRun.updated],
                      ['Unchanged', s.lastRun.unchanged],
                      ['Closed', s.lastRun.closed],
                      ['Duplicates', s.lastRun.duplicatesLinked],
                      ['Set aside', s.lastRun.quarantined],
                    ] as const
                  ).map(([label, n]) => (
                    <div key={label}>
                      <dt className="text-xs text-slate-500">{label}</dt>
                      <dd className="font-semibold">{n}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            ) : (
              <p className="mt-3 text-xs text-slate-500">Not run yet.</p>
            )}
            {s.quarantinedTotal > 0 && <QuarantineList sourceId={s.id} total={s.quarantinedTotal} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
