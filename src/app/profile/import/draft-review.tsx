'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { SKILL_CATEGORIES } from '@/lib/validators/enums';
import type { ResumeDraft } from '@/lib/validators/resume';
import { commitResumeImportInput } from '@/lib/validators/resume-import';
import { useTRPC } from '@/trpc/react';
import { UNREADABLE_NUMBER_MESSAGE } from '../../_components/use-validated-mutation';
import { buttonClass, FormMessage, secondaryButtonClass, Section } from '../section';
import { draftToRows, rowsToCommit, type DraftRows } from './draft-rows';
import { ReviewCertifications, ReviewProjects } from './review-extras';
import { ReviewLeftOut } from './review-left-out';
import { ReviewRoles } from './review-roles';
import { ConfidenceBadge, DATE_HINT, RowField } from './row-field';

type Errors = Record<string, string>;

export function DraftReview({ draft, onStartOver }: { draft: ResumeDraft; onStartOver: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [rows, setRows] = useState<DraftRows>(() => draftToRows(draft));
  const [errors, setErrors] = useState<Errors>({});
  const reviewRef = useRef<HTMLDivElement>(null);
  const commit = useMutation(trpc.profile.commitResumeImport.mutationOptions());

  function patch<K extends 'skills' | 'experience' | 'education' | 'projects' | 'certifications'>(list: K, index: number, change: Partial<DraftRows[K][number]>) {
    setRows((r) => ({ ...r, [list]: r[list].map((row, i) => (i === index ? { ...row, ...change } : row)) }));
  }

  /**
   * Number fields of ticked rows holding what the browser cannot read ("12-18", "1e309"): it hands
   * them over as empty, which would save "no length" without a word. Read from the fields
   * themselves, since a controlled field's state never sees the text.
   */
  function unreadableNumbers(): Errors {
    const fields = reviewRef.current?.querySelectorAll<HTMLInputElement>('input[type="number"][data-field]') ?? [];
    const ticked = (key: string) => {
      const [list, index] = key.split('.') as [keyof DraftRows, string];
      const row = (rows[list] as { include?: boolean }[] | undefined)?.[Number(index)];
      return row?.include === true;
    };
    const keys = [...fields].filter((f) => f.validity.badInput).flatMap((f) => f.dataset.field ?? []);
    return Object.fromEntries(keys.filter(ticked).map((key) => [key, UNREADABLE_NUMBER_MESSAGE]));
  }

  async function save() {
    const unreadable = unreadableNumbers();
    if (Object.keys(unreadable).length > 0) {
      setErrors(unreadable);
      return;
    }
    const { input, rowOf } = rowsToCommit(rows);
    const parsed = commitResumeImportInput.safeParse(input);
    if (!parsed.success) {
      // Errors name the committed index; show them on the row the user sees.
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const [list, index, field] = issue.path as [string, number | undefined, string | undefined];
        const row = typeof index === 'number' ? rowOf[list]?.[index] : undefined;
        next[row === undefined ? list : `${list}.${row}.${field ?? ''}`] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    try {
      await commit.mutateAsync(input);
      // The profile says it worked (and what next) instead of appearing unchanged.
      router.push('/profile?imported=1');
      router.refresh();
    } catch {
      // commit.error carries the message shown below.
    }
  }

  const err = (key: string) => errors[key];
  return (
    <div ref={reviewRef} className="space-y-6" data-testid="draft-review">
      {draft.warnings.length > 0 && (
        <ul className="rounded-lg bg-amber-50 p-4 text-sm text-amber-900">
          {draft.warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      )}
      <Section id="found-contact" title="Found in your resume">
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          {(['fullName', 'email'] as const).map((k) => (
            <div key={k}>
              <dt className="text-slate-500">{k === 'fullName' ? 'Name' : 'Email'}</dt>
              <dd>{draft.contact[k]?.value ?? '—'}</dd>
            </div>
          ))}
        </dl>
        {/* Seen on a walk: the resume's address shown here, then never used. Documents print the
            account's address, which sign-in and alerts rely on; it is changed on the account page. */}
        <p className="mt-1 text-xs text-slate-500">
          Shown for checking only: your documents print your account&apos;s email address, which you can change under
          My account.
        </p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <RowField label="Phone" value={rows.phone} onChange={(v) => setRows((r) => ({ ...r, phone: v }))} error={err('phone')} />
          <RowField label="Location" value={rows.location} onChange={(v) => setRows((r) => ({ ...r, location: v }))} error={err('location')} />
        </div>
        <div className="mt-4">
          <RowField label="Links, one a line" multiline value={rows.links} onChange={(v) => setRows((r) => ({ ...r, links: v }))} error={err('links')} />
          <p className="mt-1 text-xs text-slate-500">Phone, location and links are used only where your profile has none yet; documents print them in their header.</p>
        </div>
        <div className="mt-4">
          <RowField label="Headline" value={rows.headline} onChange={(v) => setRows((r) => ({ ...r, headline: v }))} error={err('headline')} />
          <p className="mt-1 text-xs text-slate-500">Used only if your profile has no headline yet.</p>
        </div>
        <div className="mt-4">
          <RowField label="Summary" multiline value={rows.summary} onChange={(v) => setRows((r) => ({ ...r, summary: v }))} error={err('summary')} />
          <p className="mt-1 text-xs text-slate-500">Used only if your profile has no summary yet.</p>
        </div>
      </Section>

      <Section id="review-skills" title={`Skills (${rows.skills.filter((s) => s.include).length} selected)`}>
        <ul className="grid gap-2 sm:grid-cols-2">
          {rows.skills.map((s, i) => (
            <li key={`${s.name}-${i}`} className="flex flex-wrap items-center gap-2 rounded border border-slate-200 p-2 text-sm" title={`Line ${s.source.line + 1}: ${s.source.text}`}>
              <input type="checkbox" aria-label={`Keep ${s.name}`} checked={s.include} onChange={(e) => patch('skills', i, { include: e.target.checked })} />
              <span className="min-w-[7rem] flex-1 break-words">{s.name}</span>
              <select aria-label={`Category of ${s.name}`} value={s.category} onChange={(e) => patch('skills', i, { category: e.target.value as (typeof SKILL_CATEGORIES)[number] })} className="rounded border border-slate-300 text-xs">
                {SKILL_CATEGORIES.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
              <select aria-label={`Level of ${s.name}`} value={s.proficiencyLevel} onChange={(e) => patch('skills', i, { proficiencyLevel: e.target.value })} className="rounded border border-slate-300 text-xs">
                {[1, 2, 3, 4, 5].map((l) => (
                  <option key={l} value={l}>
                    {l}/5
                  </option>
                ))}
              </select>
              <ConfidenceBadge value={s.confidence} />
            </li>
          ))}
        </ul>
        {err('skills') && <p className="text-xs text-red-600">{err('skills')}</p>}
      </Section>

      <Section id="review-experience" title={`Experience (${rows.experience.filter((e) => e.include).length} selected)`}>
        <ReviewRoles roles={rows.experience} patch={(i, change) => patch('experience', i, change)} err={err} />
      </Section>

      <Section id="review-education" title="Education">
        <ol className="space-y-3">
          {rows.education.map((e, i) => (
            <li key={i} className="grid gap-2 rounded border border-slate-200 p-3 sm:grid-cols-[auto_1fr_1fr_1fr]" title={`Line ${e.source.line + 1}: ${e.source.text}`}>
              <label className="inline-flex items-center gap-2 self-start text-sm font-medium sm:mt-6">
                <input type="checkbox" aria-label={`Keep education ${i + 1}`} checked={e.include} onChange={(ev) => patch('education', i, { include: ev.target.checked })} /> Keep
              </label>
              <RowField label="Degree" value={e.degree} onChange={(v) => patch('education', i, { degree: v })} error={err(`education.${i}.degree`)} />
              <RowField label="Field" value={e.fieldOfStudy} onChange={(v) => patch('education', i, { fieldOfStudy: v })} />
              <RowField label="Institution" value={e.institution} onChange={(v) => patch('education', i, { institution: v })} error={err(`education.${i}.institution`)} />
              <div className="grid gap-2 sm:col-span-3 sm:col-start-2 sm:grid-cols-2">
                <RowField label="Start" value={e.startDate} placeholder="e.g. 2011" hint={DATE_HINT} onChange={(v) => patch('education', i, { startDate: v })} error={err(`education.${i}.startDate`)} />
                <RowField label="End" value={e.endDate} placeholder="e.g. 2015" hint={DATE_HINT} onChange={(v) => patch('education', i, { endDate: v })} error={err(`education.${i}.endDate`)} />
              </div>
            </li>
          ))}
        </ol>
        {rows.education.length === 0 && <p className="text-sm text-slate-600">No education found.</p>}
      </Section>

      <Section id="review-projects" title="Projects">
        <ReviewProjects rows={rows.projects} patch={(i, change) => patch('projects', i, change)} err={err} />
      </Section>

      <Section id="review-certifications" title="Certifications">
        <ReviewCertifications rows={rows.certifications} patch={(i, change) => patch('certifications', i, change)} err={err} />
      </Section>

      <ReviewLeftOut sections={draft.leftOut} />

      {Object.keys(errors).length > 0 && <FormMessage message="Some entries need a fix before saving (marked in red), or untick them." />}
      <FormMessage message={commit.error?.message ?? null} />
      <div className="flex gap-3">
        <button type="button" onClick={() => void save()} disabled={commit.isPending} className={buttonClass}>
          {commit.isPending ? 'Saving…' : 'Save to my profile'}
        </button>
        <button type="button" onClick={onStartOver} className={secondaryButtonClass}>
          Start over
        </button>
      </div>
    </div>
  );
}
