'use client';

import type { CertificationRow, ProjectRow } from './draft-rows';
import { DATE_HINT, RowField } from './row-field';

/** Projects and certifications from the resume's own sections, kept unless unticked. */
export function ReviewProjects({
  rows,
  patch,
  err,
}: {
  rows: ProjectRow[];
  patch: (index: number, change: Partial<ProjectRow>) => void;
  err: (key: string) => string | undefined;
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No projects found.</p>;
  return (
    <ol className="space-y-3">
      {rows.map((p, i) => (
        <li key={i} className="space-y-2 rounded border border-slate-200 p-3" title={`Line ${p.source.line + 1}: ${p.source.text}`}>
          <label className="inline-flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" checked={p.include} onChange={(ev) => patch(i, { include: ev.target.checked })} /> Keep project {i + 1}
          </label>
          <div className="grid gap-2 sm:grid-cols-2">
            <RowField label="Name" value={p.name} check={p.nameGuessed} onChange={(v) => patch(i, { name: v, nameGuessed: false })} error={err(`projects.${i}.name`)} />
            <RowField label="Link" value={p.url} onChange={(v) => patch(i, { url: v })} error={err(`projects.${i}.url`)} />
          </div>
          <RowField label="Description" multiline value={p.description} onChange={(v) => patch(i, { description: v })} error={err(`projects.${i}.description`)} />
        </li>
      ))}
    </ol>
  );
}

export function ReviewCertifications({
  rows,
  patch,
  err,
}: {
  rows: CertificationRow[];
  patch: (index: number, change: Partial<CertificationRow>) => void;
  err: (key: string) => string | undefined;
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No certifications found.</p>;
  return (
    <ol className="space-y-2">
      {rows.map((c, i) => (
        <li key={i} className="grid items-start gap-2 rounded border border-slate-200 p-3 sm:grid-cols-[auto_2fr_1fr_1fr]" title={`Line ${c.source.line + 1}: ${c.source.text}`}>
          <label className="inline-flex items-center gap-2 text-sm font-medium sm:mt-6">
            <input type="checkbox" aria-label={`Keep certification ${i + 1}`} checked={c.include} onChange={(ev) => patch(i, { include: ev.target.checked })} /> Keep
          </label>
          <RowField label="Certification" value={c.name} onChange={(v) => patch(i, { name: v })} error={err(`certifications.${i}.name`)} />
          <RowField label="Issuer" value={c.issuer} onChange={(v) => patch(i, { issuer: v })} error={err(`certifications.${i}.issuer`)} />
          <RowField label="Date" value={c.issuedOn} placeholder="e.g. 2021" hint={DATE_HINT} onChange={(v) => patch(i, { issuedOn: v })} error={err(`certifications.${i}.issuedOn`)} />
        </li>
      ))}
    </ol>
  );
}
