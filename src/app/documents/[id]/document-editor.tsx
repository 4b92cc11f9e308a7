'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import type { DocumentContent, FactText, ResumeSection } from '@/lib/validators/documents';
import { useTRPC } from '@/trpc/react';
import { LengthNote } from '../../_components/length-limit';
import { withoutEmptyParagraphs } from './empty-paragraphs';

/**
 * Lines of a textarea back to bullets. A line keeps the facts of the bullet it replaced (same
 * position); a new line states the facts of its item. The server's truthfulness check runs on
 * every edit: rewording is kept, a new employer, skill or number that the profile lacks is not.
 */
function linesToBullets(text: string, previous: FactText[], itemFactId: string): FactText[] {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean)
    .map((line, i) => ({ text: line, factIds: previous[i]?.factIds ?? [itemFactId] }));
}

const bulletsText = (bullets: FactText[]) => bullets.map((b) => b.text).join('\n');

export function DocumentEditor({ versionId, content }: { versionId: string; content: DocumentContent }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<DocumentContent>(content);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(trpc.documents.saveEdit.mutationOptions());

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const saved = await save.mutateAsync({ id: versionId, content: withoutEmptyParagraphs(draft) });
      router.push(`/documents/${saved.id}`);
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50">
        Edit this version
      </button>
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-4 rounded-xl bg-white p-5 text-sm shadow-sm" aria-label="Edit document" data-testid="document-editor">
      <h2 className="font-semibold">Edit</h2>
      <p className="text-slate-600">
        Saving makes a new version; this one stays as it is. Facts must come from your profile. Empty a paragraph to
        take it out.
      </p>
      {draft.kind === 'cover_letter' ? (
        <>
          <TextField label="Greeting" value={draft.greeting} onChange={(v) => setDraft({ ...draft, greeting: v })} />
          {draft.paragraphs.map((p, i) => (
            <TextArea
              key={i}
              label={`Paragraph ${i + 1}`}
              value={p.text}
              limit={PARAGRAPH_LIMIT}
              onChange={(v) => setDraft({ ...draft, paragraphs: draft.paragraphs.map((q, j) => (j === i ? { ...q, text: v } : q)) })}
            />
          ))}
          <TextField label="Closing" value={draft.closing} onChange={(v) => setDraft({ ...draft, closing: v })} />
        </>
      ) : (
        draft.sections.map((section, si) => (
          <SectionEditor
            key={section.type}
            section={section}
            onChange={(next) => setDraft({ ...draft, sections: draft.sections.map((s, j) => (j === si ? next : s)) })}
          />
        ))
      )}
      {error && (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" disabled={save.isPending} className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {save.isPending ? 'Saving…' : 'Save as new version'}
        </button>
        <button type="button" onClick={() => (setDraft(content), setOpen(false))} className="rounded-md border border-slate-300 px-3 py-1.5">
          Cancel
        </button>
      </div>
    </form>
  );
}

function SectionEditor({ section, onChange }: { section: ResumeSection; onChange: (s: ResumeSection) => void }) {
  switch (section.type) {
    case 'summary':
      return (
        <fieldset className="space-y-2">
          <legend className="font-medium">{section.title}</legend>
          {section.paragraphs.map((p, i) => (
            <TextArea
              key={i}
              label={`${section.title} paragraph ${i + 1}`}
              hideLabel
              value={p.text}
              limit={PARAGRAPH_LIMIT}
              onChange={(v) => onChange({ ...section, paragraphs: section.paragraphs.map((q, j) => (j === i ? { ...q, text: v } : q)) })}
            />
          ))}
        </fieldset>
      );
    case 'experience':
      return (
        <BulletItems
          title={section.title}
          items={section.items}
          labelOf={(item, i) => [item.title, item.company].filter(Boolean).join(', ') || `Role ${i + 1}`}
          onChange={(items) => onChange({ ...section, items })}
        />
      );
    case 'projects':
      return (
        <BulletItems
          title={section.title}
          items={section.items}
          labelOf={(item) => item.name}
          onChange={(items) => onChange({ ...section, items })}
        />
      );
    case 'skills':
      return (
        <fieldset>
          <legend className="font-medium">{section.title} — untick to leave one out</legend>
          <SkillPicker section={section} onChange={onChange} />
        </fieldset>
      );
    default:
      return null;
  }
}

/** Roles or projects: one textarea of bullets per item, one bullet per line. */
function BulletItems<T extends { factId: string; bullets: FactText[] }>({
  title,
  items,
  labelOf,
  onChange,
}: {
  title: string;
  items: T[];
  labelOf: (item: T, index: number) => string;
  onChange: (items: T[]) => void;
}) {
  return (
    <fieldset className="space-y-3">
      <legend className="font-medium">{title}</legend>
      {items.map((item, i) => (
        <TextArea
          key={item.factId}
          label={`${labelOf(item, i)} — one bullet per line`}
          value={bulletsText(item.bullets)}
          onChange={(v) =>
            onChange(items.map((x, j) => (j === i ? { ...x, bullets: linesToBullets(v, x.bullets, x.factId) } : x)))
          }
        />
      ))}
    </fieldset>
  );
}

function SkillPicker({
  section,
  onChange,
}: {
  section: Extract<ResumeSection, { type: 'skills' }>;
  onChange: (s: ResumeSection) => void;
}) {
  // The full list as generated, so an unticked skill can be ticked again.
  const [all] = useState(section.items);
  const kept = new Set(section.items.map((s) => s.factId));
  return (
    <div className="mt-1 flex flex-wrap gap-2">
      {all.map((s) => (
        <label key={s.factId} className="inline-flex items-center gap-1 rounded border border-slate-200 px-2 py-1">
          <input
            type="checkbox"
            checked={kept.has(s.factId)}
            onChange={(e) =>
              onChange({
                ...section,
                items: all.filter((x) => (x.factId === s.factId ? e.target.checked : kept.has(x.factId))),
              })
            }
          />
          {s.name}
        </label>
      ))}
    </div>
  );
}

/** The schema's limits for a document's one-line fields (names, titles, places) and its paragraphs. */
const TEXT_FIELD_LIMIT = 200;
const PARAGRAPH_LIMIT = 2000;

function TextField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const id = useId();
  // Counted, not cut: the browser's maxLength would drop the end of a pasted line without a word.
  return (
    <label className="flex flex-col gap-1">
      <span className="text-slate-600">{label}</span>
      <input
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={value.length > TEXT_FIELD_LIMIT ? true : undefined}
        aria-describedby={id}
        className="rounded border border-slate-300 px-2 py-1.5 aria-[invalid=true]:border-red-500"
      />
      <LengthNote id={id} length={value.length} limit={TEXT_FIELD_LIMIT} />
    </label>
  );
}

function TextArea({
  label,
  value,
  onChange,
  hideLabel = false,
  limit,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  hideLabel?: boolean;
  /** A paragraph's limit, counted as the user types (a bullet list's is per line, and not shown). */
  limit?: number;
}) {
  const id = useId();
  return (
    <label className="flex flex-col gap-1">
      <span className={hideLabel ? 'sr-only' : 'text-slate-600'}>{label}</span>
      <textarea
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={Math.min(10, Math.max(3, value.split('\n').length + 1))}
        aria-invalid={limit !== undefined && value.length > limit ? true : undefined}
        aria-describedby={limit !== undefined ? id : undefined}
        className="w-full rounded border border-slate-300 px-2 py-1.5 aria-[invalid=true]:border-red-500"
      />
      {limit !== undefined && <LengthNote id={id} length={value.length} limit={limit} />}
    </label>
  );
}
