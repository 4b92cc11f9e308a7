'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import {
  DOCUMENT_LENGTHS,
  DOCUMENT_TONES,
  GENERATION_STEPS,
  type DocumentLength,
  type DocumentTone,
  type GenerationStep,
} from '@/lib/validators/document-generation';
import type { DocumentKind } from '@/lib/validators/documents';
import { useTRPC } from '@/trpc/react';

const STEP_LABEL: Record<GenerationStep, string> = {
  'extract-requirements': 'Reading the job’s requirements',
  'select-facts': 'Choosing the most relevant parts of your profile',
  write: 'Writing',
  validate: 'Checking every fact against your profile',
  layout: 'Laying it out with the template',
  'store-version': 'Saving a new version',
  quality: 'Measuring keyword coverage and length',
  notify: 'Done',
};

const KIND_LABEL: Record<DocumentKind, string> = { resume: 'Tailored resume', cover_letter: 'Cover letter' };

const capitalized = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * "Generate a tailored resume / cover letter" for one job: picks kind, template, tone and length
 * (how many roles and projects a resume shows: select-facts.ts LIMITS), starts
 * the generation and follows it step by step until the new version opens.
 */
export function GenerateDocument({ jobId, applicationId }: { jobId: string; applicationId?: string }) {
  const trpc = useTRPC();
  const ids = useId();
  const router = useRouter();
  const [kind, setKind] = useState<DocumentKind>('resume');
  const [templateId, setTemplateId] = useState<string>('');
  const [tone, setTone] = useState<DocumentTone>('professional');
  const [length, setLength] = useState<DocumentLength>('standard');
  const [requestId, setRequestId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const templates = useQuery(trpc.documents.templates.queryOptions());
  const generate = useMutation(trpc.documents.generate.mutationOptions());
  const progress = useQuery({
    ...trpc.documents.progress.queryOptions({ requestId: requestId ?? '00000000-0000-4000-8000-000000000000' }),
    enabled: requestId !== null,
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'done' || q.state.data.status === 'failed') ? false : 700),
  });

  const state = progress.data;
  const doneVersion = state?.status === 'done' ? state.versionId : null;
  useEffect(() => {
    if (doneVersion) router.push(`/documents/${doneVersion}`);
  }, [doneVersion, router]);

  async function start() {
    setError(null);
    try {
      const res = await generate.mutateAsync({
        jobId,
        kind,
        tone,
        length,
        ...(templateId ? { templateId } : {}),
        ...(applicationId ? { applicationId } : {}),
      });
      setRequestId(res.requestId);
    } catch (err) {
      setError((err as Error).message);
    }
  }

  const running = requestId !== null && state?.status !== 'failed';
  const chosenTemplate = templateId || templates.data?.defaultTemplateId || '';
  return (
    <section aria-labelledby="generate-heading" className="rounded-xl bg-white p-6 shadow-sm text-sm" data-testid="generate-document">
      <h2 id="generate-heading" className="font-semibold">
        Tailor your documents to this job
      </h2>
      <p className="mt-1 text-slate-600">
        Built only from your profile: every employer, date, skill and number is checked against it, and anything that is
        not there is left out.
      </p>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          {/* Labelled by id, not by wrapping: a wrapping label's name took in every option ("DocumentTailored resumeCover letter"). */}
          <label htmlFor={`${ids}-kind`} className="text-slate-600">
            Document
          </label>
          <select id={`${ids}-kind`} value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)} disabled={running} className="rounded border border-slate-300 px-2 py-1.5">
            <option value="resume">{KIND_LABEL.resume}</option>
            <option value="cover_letter">{KIND_LABEL.cover_letter}</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${ids}-template`} className="text-slate-600">
            Template
          </label>
          <select id={`${ids}-template`} value={chosenTemplate} onChange={(e) => setTemplateId(e.target.value)} disabled={running || !templates.data} className="rounded border border-slate-300 px-2 py-1.5">
            {(templates.data?.templates ?? []).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${ids}-tone`} className="text-slate-600">
            Tone
          </label>
          <select id={`${ids}-tone`} value={tone} onChange={(e) => setTone(e.target.value as DocumentTone)} disabled={running} className="rounded border border-slate-300 px-2 py-1.5">
            {DOCUMENT_TONES.map((t) => (
              <option key={t} value={t}>
                {capitalized(t)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${ids}-length`} className="text-slate-600">
            Length
          </label>
          <select id={`${ids}-length`} value={length} onChange={(e) => setLength(e.target.value as DocumentLength)} disabled={running} className="rounded border border-slate-300 px-2 py-1.5">
            {DOCUMENT_LENGTHS.map((l) => (
              <option key={l} value={l}>
                {capitalized(l)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          onClick={() => void start()}
          disabled={running || generate.isPending}
          className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          Generate {KIND_LABEL[kind].toLowerCase()}
        </button>
      </div>
      {error && (
        <p role="alert" className="mt-3 rounded bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      {requestId && (
        <div className="mt-4" role="status" aria-live="polite" data-testid="generation-progress">
          {state?.status === 'failed' ? (
            <div className="rounded bg-red-50 px-3 py-2 text-red-800">
              <p>Generation failed: {state.error ?? 'unknown error'}.</p>
              <button type="button" onClick={() => void start()} className="mt-1 underline">
                Try again
              </button>
            </div>
          ) : (
            <>
              <p className="font-medium">
                {!state || state.status === 'queued'
                  ? 'Queued…'
                  : state.status === 'done'
                    ? 'Done — opening your document…'
                    : `${state.step ? STEP_LABEL[state.step] : 'Working'}…`}
              </p>
              <ol className="mt-2 grid gap-1 sm:grid-cols-2">
                {GENERATION_STEPS.map((step, i) => {
                  const done = (state?.stepsDone ?? 0) > i || state?.status === 'done';
                  const current = state?.step === step && state.status === 'running';
                  return (
                    <li key={step} className={done ? 'text-emerald-700' : current ? 'font-medium text-slate-900' : 'text-slate-400'}>
                      {done ? '✓' : current ? '›' : '·'} {STEP_LABEL[step]}
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </div>
      )}
    </section>
  );
}
