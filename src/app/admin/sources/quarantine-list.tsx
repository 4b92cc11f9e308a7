'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '@/trpc/react';

/** Records a source sent that could not be used, with the reason and the raw record. */
export function QuarantineList({ sourceId, total }: { sourceId: string; total: number }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const records = useQuery({ ...trpc.sources.quarantine.queryOptions({ sourceId, limit: 20 }), enabled: open });
  return (
    <details className="mt-3" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary className="cursor-pointer text-amber-900">
        {total} {total === 1 ? 'record' : 'records'} set aside
      </summary>
      <ul className="mt-2 space-y-2">
        {(records.data ?? []).map((r) => (
          <li key={r.id} className="rounded border border-slate-200 p-2">
            <p className="text-xs">
              <span className="font-medium">{r.externalId ?? 'no id'}</span>: {r.reason}
            </p>
            <pre className="mt-1 max-h-32 overflow-auto whitespace-pre-wrap break-all bg-slate-50 p-1 text-[11px]">{r.payload}</pre>
          </li>
        ))}
      </ul>
    </details>
  );
}
