/**
 * Inputs and outputs of the `documents` procedures, and the stored metadata of a generated
 * version. The document's own shape (content, templates, quality) is in ./documents.ts.
 */
import { z } from 'zod';
import {
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  EXPORT_FORMATS,
  documentContent,
  documentQuality,
  documentTemplate,
} from './documents';
import { DOCUMENT_LENGTHS, DOCUMENT_TONES, GENERATION_STATUSES, GENERATION_STEPS } from './document-generation';

export {
  DOCUMENT_LENGTHS,
  DOCUMENT_TONES,
  GENERATION_STATUSES,
  GENERATION_STEPS,
  type DocumentLength,
  type DocumentTone,
  type GenerationStatus,
  type GenerationStep,
} from './document-generation';

/** Something the truthfulness validator took out of a document, and why. */
export const documentRemoval = z.object({
  /** Where it was, e.g. "sections.1.items.0.company" or "paragraphs.2". */
  path: z.string().max(200),
  value: z.string().max(2000),
  reason: z.string().max(300),
});
export type DocumentRemoval = z.infer<typeof documentRemoval>;

/** A role or project of the profile that a generated resume does not show, and why. */
export const documentLeftOut = z.object({
  kind: z.enum(['role', 'project']),
  /** "Data Analyst at Initech", or the project's name. */
  label: z.string().max(300),
  reason: z.string().max(300),
});
export type DocumentLeftOut = z.infer<typeof documentLeftOut>;

export const documentMetadata = z.object({
  wordCount: z.number().int().min(0),
  keywordsUsed: z.array(z.string()),
  /** Milliseconds from the first step to the stored version. */
  generationTime: z.number().min(0),
  /** 'offline' for the deterministic writer, otherwise the language model's id; 'edit' for a seeker's edit. */
  aiModel: z.string().max(100),
  promptVersion: z.string().max(40).nullable(),
  /** 0-100, from the quality metrics. */
  qualityScore: z.number().min(0).max(100),
  quality: documentQuality,
  removals: z.array(documentRemoval),
  /** Generated resumes only (none on letters and edits, nor on versions stored before it was kept). */
  leftOut: z.array(documentLeftOut).optional(),
  /** Set when the language model failed and the offline writer stood in. */
  fallbackReason: z.string().max(300).nullable().optional(),
  /** Options the seeker asked for. */
  tone: z.enum(DOCUMENT_TONES).optional(),
  length: z.enum(DOCUMENT_LENGTHS).optional(),
});
export type DocumentMetadata = z.infer<typeof documentMetadata>;

export const documentExport = z.object({
  format: z.enum(EXPORT_FORMATS),
  generatedAt: z.iso.datetime(),
  fileSize: z.number().int().min(0),
});
export type DocumentExport = z.infer<typeof documentExport>;

// ---- inputs

const versionId = z.uuid('Not a valid document version id.');
const templateId = z.string().regex(/^[a-z0-9-]{2,40}$/, 'Not a valid template id.');

export const generateDocumentInput = z.object({
  jobId: z.uuid('Not a valid job id.'),
  kind: z.enum(DOCUMENT_KINDS, 'Pick a resume or a cover letter.'),
  templateId: templateId.optional(),
  tone: z.enum(DOCUMENT_TONES).optional(),
  length: z.enum(DOCUMENT_LENGTHS).optional(),
  applicationId: z.uuid('Not a valid application id.').optional(),
});
export type GenerateDocumentInput = z.infer<typeof generateDocumentInput>;

export const generationRequestRef = z.object({ requestId: z.uuid('Not a valid request id.') });
export const documentVersionRef = z.object({ id: versionId });
export const documentRef = z.object({ documentId: z.uuid('Not a valid document id.') });
export const deleteDocumentOutput = z.object({ deletedVersions: z.number().int().min(0) });

export const saveEditInput = z.object({ id: versionId, content: documentContent });
export type SaveEditInput = z.infer<typeof saveEditInput>;

export const diffVersionsInput = z.object({ fromId: versionId, toId: versionId });
export const setDocumentStatusInput = z.object({ id: versionId, status: z.enum(['draft', 'finalized']) });
export const setDefaultTemplateInput = z.object({ templateId });
export const attachToApplicationInput = z.object({
  versionId,
  applicationId: z.uuid('Not a valid application id.'),
});

// ---- outputs

export const generateDocumentOutput = z.object({ requestId: z.uuid(), documentId: z.uuid().nullable() });

export const generationProgressOutput = z.object({
  requestId: z.uuid(),
  status: z.enum(GENERATION_STATUSES),
  step: z.enum(GENERATION_STEPS).nullable(),
  /** Steps finished so far, out of GENERATION_STEPS.length. */
  stepsDone: z.number().int().min(0),
  stepsTotal: z.number().int().min(1),
  error: z.string().nullable(),
  /** The stored version once the version step is done. */
  versionId: z.uuid().nullable(),
  documentId: z.uuid().nullable(),
});
export type GenerationProgress = z.infer<typeof generationProgressOutput>;

export const documentVersionSummary = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  kind: z.enum(DOCUMENT_KINDS),
  version: z.number().int().min(1),
  status: z.enum(DOCUMENT_STATUSES),
  templateId: z.string(),
  jobId: z.uuid().nullable(),
  jobTitle: z.string().nullable(),
  companyName: z.string().nullable(),
  applicationId: z.uuid().nullable(),
  qualityScore: z.number(),
  /**
   * The job's required skills the seeker has, and how many of them the version shows; null on
   * versions stored before the count was kept.
   */
  skillsCovered: z.object({ shown: z.number().int().min(0), of: z.number().int().min(0) }).nullable(),
  createdAt: z.date(),
});
export type DocumentVersionSummary = z.infer<typeof documentVersionSummary>;

export const documentVersionOutput = documentVersionSummary.extend({
  parentId: z.uuid().nullable(),
  content: documentContent,
  template: documentTemplate,
  metadata: documentMetadata,
  exports: z.array(documentExport),
});
export type DocumentVersionOutput = z.infer<typeof documentVersionOutput>;

export const documentDiffOutput = z.object({
  fromId: z.uuid(),
  toId: z.uuid(),
  sections: z.array(
    z.object({
      section: z.string(),
      changes: z.array(z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() })),
    }),
  ),
});
export type DocumentDiffOutput = z.infer<typeof documentDiffOutput>;

export const templatesOutput = z.object({
  templates: z.array(documentTemplate),
  defaultTemplateId: z.string(),
});

export const attachToApplicationOutput = z.object({ applicationId: z.uuid(), versionId: z.uuid() });

export const applicantDocumentInput = z.object({ applicationId: z.uuid('Not a valid application id.') });
/** What a recruiter of the hiring company sees of the version an applicant sent. */
export const applicantDocumentOutput = z.object({
  applicationId: z.uuid(),
  versionId: z.uuid(),
  kind: z.enum(DOCUMENT_KINDS),
  version: z.number().int().min(1),
  content: documentContent,
  template: documentTemplate,
  createdAt: z.date(),
});
export type ApplicantDocumentOutput = z.infer<typeof applicantDocumentOutput>;
