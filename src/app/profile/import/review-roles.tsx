'use client';

import type { RoleRow } from './draft-rows';
import { ConfidenceBadge, DATE_HINT, RowField } from './row-field';

/** What a role still lacks, in words: it is saved anyway, the user can complete it now or later. */
function missing(e: RoleRow): string | null {
  const gaps = [!e.title.trim() && 'a job title', !e.company.trim() && 'a company', !e.start.trim() && !e.durationMonths.trim() && 'dates'];
  const list = gaps.filter(Boolean);
  return list.length ? `Not found in your resume: ${list.join(', ')}. Fill ${list.length === 1 ? 'it' : 'them'} in if you can.` : null;
}

/**
 * The roles found, every one ticked: a role with no title or date is still the seeker's history.
 * Inferred fields carry a "check" mark; any field can be fixed in place.
 */
export function ReviewRoles({
  roles,
  patch,
  err,
}: {
  roles: RoleRow[];
  patch: (index: number, change: Partial<RoleRow>) => void;
  err: (key: string) => string | undefined;
}) {
  if (roles.length === 0) return <p className="text-sm text-slate-600">No roles found.</p>;
  return (
    <ol className="space-y-4">
      {roles.map((e, i) => {
        const gap = missing(e);
        const guessed = (f: RoleRow['guessed'][number]) => e.guessed.includes(f);
        return (
          <li key={i} data-testid={`review-role-${i}`} className="space-y-2 rounded border border-slate-200 p-3" title={`Line ${e.source.line + 1}: ${e.source.text}`}>
            <div className="flex flex-wrap items-center gap-2">
              <input type="checkbox" aria-label={`Keep role ${i + 1}`} checked={e.include} onChange={(ev) => patch(i, { include: ev.target.checked })} />
              <span className="font-medium">Role {i + 1}</span>
              <ConfidenceBadge value={e.confidence} />
            </div>
            {gap && e.include && <p className="text-xs text-amber-800">{gap}</p>}
            <div className="grid gap-2 sm:grid-cols-2">
              <RowField label="Title" value={e.title} check={guessed('title')} onChange={(v) => patch(i, { title: v, guessed: e.guessed.filter((f) => f !== 'title') })} error={err(`experience.${i}.title`)} />
              <RowField label="Company" value={e.company} check={guessed('company')} onChange={(v) => patch(i, { company: v, guessed: e.guessed.filter((f) => f !== 'company') })} error={err(`experience.${i}.company`)} />
              <RowField label="Location" value={e.location} check={guessed('location')} onChange={(v) => patch(i, { location: v })} error={err(`experience.${i}.location`)} />
              <RowField label="Length in months (if no dates)" type="number" name={`experience.${i}.durationMonths`} value={e.durationMonths} onChange={(v) => patch(i, { durationMonths: v })} error={err(`experience.${i}.durationMonths`)} />
              <RowField label="Start" value={e.start} placeholder="e.g. 2019-03" hint={DATE_HINT} check={guessed('dates')} onChange={(v) => patch(i, { start: v })} error={err(`experience.${i}.startDate`)} />
              <RowField label="End" value={e.isCurrent ? '' : e.end} placeholder={e.isCurrent ? 'present' : 'e.g. 2021'} hint={DATE_HINT} onChange={(v) => patch(i, { end: v, isCurrent: false })} error={err(`experience.${i}.endDate`)} />
            </div>
            <label className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" checked={e.isCurrent} onChange={(ev) => patch(i, { isCurrent: ev.target.checked })} /> Current role
            </label>
            {(e.description || !e.achievements) && (
              <RowField label="Description" multiline value={e.description} onChange={(v) => patch(i, { description: v })} error={err(`experience.${i}.description`)} />
            )}
            <RowField label="Achievements (one per line)" multiline value={e.achievements} onChange={(v) => patch(i, { achievements: v })} error={err(`experience.${i}.achievements`)} />
          </li>
        );
      })}
    </ol>
  );
}
