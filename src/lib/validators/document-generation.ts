/**
 * The choices and steps of document generation, without zod: the job page's "generate" panel
 * lists them in the browser, and importing them from documents-api.ts would bring zod (~31 KB
 * gzipped) into that page's first load. The schemas built on them are in documents-api.ts.
 */
export const DOCUMENT_TONES = ['professional', 'warm', 'concise'] as const;
export type DocumentTone = (typeof DOCUMENT_TONES)[number];
export const DOCUMENT_LENGTHS = ['short', 'standard', 'detailed'] as const;
export type DocumentLength = (typeof DOCUMENT_LENGTHS)[number];

export const GENERATION_STEPS = [
  'extract-requirements',
  'select-facts',
  'write',
  'validate',
  'layout',
  'store-version',
  'quality',
  'notify',
] as const;
export type GenerationStep = (typeof GENERATION_STEPS)[number];
export const GENERATION_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type GenerationStatus = (typeof GENERATION_STATUSES)[number];
