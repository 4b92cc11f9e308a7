'use client';

import { useState } from 'react';
import type { ResumeDraft } from '@/lib/validators/resume';
import { DraftReview } from './draft-review';
import { ResumeSource } from './resume-source';

export function ResumeImport() {
  const [draft, setDraft] = useState<ResumeDraft | null>(null);
  return draft ? <DraftReview draft={draft} onStartOver={() => setDraft(null)} /> : <ResumeSource onDraft={setDraft} />;
}
