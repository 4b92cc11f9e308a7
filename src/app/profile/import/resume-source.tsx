'use client';

import { useMutation } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { RESUME_ACCEPT_ATTRIBUTE, RESUME_MAX_BYTES, type ResumeDraft } from '@/lib/validators/resume';
import { useTRPC } from '@/trpc/react';
import { buttonClass } from '../section';

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ResumeSource({ onDraft }: { onDraft: (draft: ResumeDraft) => void }) {
  const trpc = useTRPC();
  const read = useMutation(trpc.profile.readResume.mutationOptions({ onSuccess: onDraft }));
  const readJson = useMutation(trpc.profile.readJsonResume.mutationOptions({ onSuccess: onDraft }));
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);

  /** Said here in words: the server's refusal names its field ("Content base64: The file is empty."). */
  const emptyFile = (file: File) => `“${file.name}” is empty. Choose your resume file again, or paste its text.`;

  async function readFile(file: File) {
    setLocalError(null);
    if (file.size === 0) {
      setLocalError(emptyFile(file));
      return;
    }
    // The server enforces the limit too; checking here saves uploading a file that would be refused.
    if (file.size > RESUME_MAX_BYTES) {
      setLocalError(`“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${RESUME_MAX_BYTES / 1048576} MB.`);
      return;
    }
    read.mutate({ filename: file.name, declaredType: file.type || undefined, contentBase64: await toBase64(file) });
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void readFile(file);
  }

  const error = localError ?? read.error?.message ?? readJson.error?.message ?? null;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex flex-col items-center justify-center gap-3 rounded-xl border-2 border-dashed p-8 text-center ${dragging ? 'border-brand-600 bg-brand-50' : 'border-slate-300 bg-white'}`}
      >
        <p className="font-medium">Drop your resume here</p>
        <p className="text-sm text-slate-500">PDF, DOCX or TXT, up to {RESUME_MAX_BYTES / 1048576} MB</p>
        <label className={`${buttonClass} cursor-pointer`}>
          Choose a file
          <input
            type="file"
            accept={RESUME_ACCEPT_ATTRIBUTE}
            className="sr-only"
            data-testid="resume-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void readFile(file);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <form
        className="space-y-2 rounded-xl bg-white p-4 shadow-sm"
        onSubmit={(e) => {
          e.preventDefault();
          setLocalError(null);
          read.mutate({ text });
        }}
      >
        <label htmlFor="resume-text" className="block text-sm font-medium">
          Or paste the text
        </label>
        <textarea id="resume-text" rows={10} value={text} onChange={(e) => setText(e.target.value)} className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
        <button type="submit" disabled={read.isPending || text.trim() === ''} className={buttonClass}>
          Read pasted text
        </button>
      </form>
      <div className="text-sm text-slate-600 md:col-span-2">
        <label className="cursor-pointer text-brand-700 underline">
          Import a JSON Resume file (jsonresume.org) instead
          <input
            type="file"
            accept="application/json,.json"
            className="sr-only"
            data-testid="json-resume-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              setLocalError(null);
              if (file?.size === 0) setLocalError(emptyFile(file));
              else if (file) void file.text().then((json) => readJson.mutate({ json }));
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <div className="md:col-span-2" aria-live="polite">
        {(read.isPending || readJson.isPending) && <p className="text-sm text-slate-600">Reading your resume…</p>}
        {error && (
          <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-700" data-testid="import-error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
