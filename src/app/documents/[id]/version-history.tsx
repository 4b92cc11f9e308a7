'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useTRPC } from '@/trpc/react';

interface VersionRow {
  id: string;
  version: number;
  status: string;
  createdAt: string;
}

/** Every version of this document, and a section-by-section comparison of any two. */
export function VersionHistory({ currentId, versions }: { currentId: string; versions: VersionRow[] }) {
  const trpc = useTRPC();
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  const current = sorted.find((v) => v.id === currentId);
  const previous = sorted.find((v) => current && v.version < current.version);
  const [fromId, setFromId] = useState(previous?.id ?? '');
  const [toId, setToId] = useState(currentId);
  const [compare, setCompare] = useState(false);
  const diff = useQuery({
    ...trpc.documents.diff.queryOptions({ fromId: fromId || currentId, toId }),
    enabled: compare && Boolean(fromId) && fromId !== toId,
  });

  return (
    <section aria-labelledby="versions-heading" className="rounded-xl bg-white p-5 text-sm shadow-sm" data-testid="version-history">
      <h2 id="versions-heading" className="font-semibold">
        Versions
      </h2>
      <ol className="mt-2 space-y-1">
        {sorted.map((v) => (
          <li key={v.id} className="flex justify-between gap-2">
            {v.id === currentId ? (
              <span className="font-medium">Version {v.version} (shown)</span>
            ) : (
              <Link href={`/documents/${v.id}`} className="text-brand-700 hover:underline">
                Version {v.version}
              </Link>
            )}
            <span className="text-xs text-slate-500">{v.status}</span>
          </li>
        ))}
      </ol>
      {sorted.length > 1 && (
        <div className="mt-3 space-y-2 border-t border-slate-100 pt-3">
          <div className="flex flex-wrap items-end gap-2">
            <VersionSelect label="Compare" value={fromId} onChange={setFromId} versions={sorted} />
            <VersionSelect label="with" value={toId} onChange={setToId} versions={sorted} />
            <button type="button" onClick={() => setCompare(true)} className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50">
              Show changes
            </button>
          </div>
          {compare && fromId === toId && <p className="text-slate-500">Pick two different versions.</p>}
          {diff.error && <p role="alert" className="text-red-800">{diff.error.message}</p>}
          {diff.data && (
            <div className="space-y-3" data-testid="version-diff">
              {diff.data.sections.every((s) => s.changes.every((c) => !c.added && !c.removed)) && (
                <p className="text-slate-500">These versions read the same.</p>
              )}
              {diff.data.sections
                .filter((s) => s.changes.some((c) => c.added || c.removed))
                .map((s) => (
                  <div key={s.section}>
                    <p className="text-xs font-semibold uppercase text-slate-500">{s.section}</p>
                    <p className="whitespace-pre-wrap break-words">
                      {s.changes.map((c, i) =>
                        c.added ? (
                          <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
                            {c.value}
                          </ins>
                        ) : c.removed ? (
                          <del key={i} className="bg-red-100 text-red-900">
                            {c.value}
                          </del>
                        ) : (
                          <span key={i}>{c.value}</span>
                        ),
                      )}
                    </p>
                  </div>
                ))}
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function VersionSelect({
  label,
  value,
  onChange,
  versions,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  versions: VersionRow[];
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-slate-600">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} className="rounded border border-slate-300 px-2 py-1">
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            Version {v.version}
          </option>
        ))}
      </select>
    </label>
  );
}
