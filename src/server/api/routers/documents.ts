import { z } from 'zod';
import {
  applicantDocumentInput,
  applicantDocumentOutput,
  attachToApplicationInput,
  attachToApplicationOutput,
  deleteDocumentOutput,
  diffVersionsInput,
  documentDiffOutput,
  documentRef,
  documentVersionOutput,
  documentVersionRef,
  documentVersionSummary,
  generateDocumentInput,
  generateDocumentOutput,
  generationProgressOutput,
  generationRequestRef,
  saveEditInput,
  setDefaultTemplateInput,
  setDocumentStatusInput,
  templatesOutput,
} from '@/lib/validators/documents-api';
import { deleteDocument } from '@/server/services/documents/delete-document';
import { diffDocumentVersions } from '@/server/services/documents/diff-versions';
import { getApplicantDocument } from '@/server/services/documents/get-applicant-document';
import { getDocumentVersion } from '@/server/services/documents/get-document-version';
import { getGenerationProgress } from '@/server/services/documents/get-generation-progress';
import { listDocuments, listVersions } from '@/server/services/documents/list-documents';
import {
  attachToApplication,
  documentTemplates,
  setDefaultTemplate,
  setDocumentStatus,
} from '@/server/services/documents/manage-documents';
import { requestDocumentGeneration } from '@/server/services/documents/request-generation';
import { saveDocumentEdit } from '@/server/services/documents/save-edit';
import { createTRPCRouter, protectedProcedure, recruiterProcedure } from '../trpc';

/**
 * Tailored resumes and cover letters. Every procedure acts on the caller's own documents only;
 * another user's version, request or application is NOT_FOUND, as if it did not exist. The one
 * exception, forApplication, lets a recruiter of the hiring company read the version an applicant
 * attached to their application.
 */
export const documentsRouter = createTRPCRouter({
  generate: protectedProcedure
    .input(generateDocumentInput)
    .output(generateDocumentOutput)
    .mutation(({ ctx, input }) => requestDocumentGeneration(ctx.db, input, ctx.actor)),

  progress: protectedProcedure
    .input(generationRequestRef)
    .output(generationProgressOutput)
    .query(({ ctx, input }) => getGenerationProgress(ctx.db, input, ctx.actor)),

  list: protectedProcedure.output(z.array(documentVersionSummary)).query(({ ctx }) => listDocuments(ctx.db, ctx.actor)),

  get: protectedProcedure
    .input(documentVersionRef)
    .output(documentVersionOutput)
    .query(({ ctx, input }) => getDocumentVersion(ctx.db, input, ctx.actor)),

  versions: protectedProcedure
    .input(documentRef)
    .output(z.array(documentVersionSummary))
    .query(({ ctx, input }) => listVersions(ctx.db, input, ctx.actor)),

  saveEdit: protectedProcedure
    .input(saveEditInput)
    .output(documentVersionOutput)
    .mutation(({ ctx, input }) => saveDocumentEdit(ctx.db, input, ctx.actor)),

  diff: protectedProcedure
    .input(diffVersionsInput)
    .output(documentDiffOutput)
    .query(({ ctx, input }) => diffDocumentVersions(ctx.db, input, ctx.actor)),

  setStatus: protectedProcedure
    .input(setDocumentStatusInput)
    .output(documentVersionOutput)
    .mutation(({ ctx, input }) => setDocumentStatus(ctx.db, input, ctx.actor)),

  /** Every version of the caller's document, named by any one of them (delete-document.ts). */
  delete: protectedProcedure
    .input(documentVersionRef)
    .output(deleteDocumentOutput)
    .mutation(({ ctx, input }) => deleteDocument(ctx.db, input, ctx.actor)),

  templates: protectedProcedure.output(templatesOutput).query(({ ctx }) => documentTemplates(ctx.db, ctx.actor)),

  setDefaultTemplate: protectedProcedure
    .input(setDefaultTemplateInput)
    .output(templatesOutput)
    .mutation(({ ctx, input }) => setDefaultTemplate(ctx.db, input, ctx.actor)),

  attachToApplication: protectedProcedure
    .input(attachToApplicationInput)
    .output(attachToApplicationOutput)
    .mutation(({ ctx, input }) => attachToApplication(ctx.db, input, ctx.actor)),

  forApplication: recruiterProcedure
    .input(applicantDocumentInput)
    .output(applicantDocumentOutput)
    .query(({ ctx, input }) => getApplicantDocument(ctx.db, input, ctx.actor)),
});
