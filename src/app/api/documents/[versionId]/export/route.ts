import { z } from 'zod';
import { EXPORT_FORMATS, exportFormatsFor, type ExportFormat } from '@/lib/validators/documents';
import { getSession } from '@/server/auth/session';
import { getDatabase } from '@/server/db';
import { logger } from '@/server/logger';
import { loadDocumentForExport, recordDocumentExport } from '@/server/services/documents/load-document-for-export';
import { exportDocument, exportFileName } from '@/server/services/documents/export';
import { applicantDocumentForExport } from '@/server/services/recruiter/applicant-document-export';
import { databaseUnavailable, isDatabaseOutage, RETRY_AFTER_SECONDS } from '@/server/services/health/database-outage';

export const dynamic = 'force-dynamic';

const versionId = z.uuid();
const applicationId = z.uuid();
const format = z.enum(EXPORT_FORMATS);

/** Errors as the app's other JSON answers have them; never cached, like the downloads themselves. */
const refuse = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: { code, message } }, { status, headers: { 'cache-control': 'no-store', ...headers } });

/** RFC 6266: a plain ASCII name (exportFileName makes one) and the same as filename* for strict clients. */
const attachment = (name: string) => `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * GET /api/documents/:versionId/export?format=pdf|docx|txt|html|md|json: the owner's download of one
 * version. Another user's id (or one that does not exist, or is not an id) answers 404 alike, so
 * ids of others' documents are not revealed. With `&application=<id>`, a recruiter of the hiring
 * company downloads the version attached to that application, and nothing else. JSON Resume is a
 * resume's form: a cover letter has the other five (exportFormatsFor).
 */
export async function GET(req: Request, ctx: { params: Promise<{ versionId: string }> }) {
  const session = await getSession();
  if (!session) return refuse(401, 'UNAUTHORIZED', 'Sign in to download your documents.');
  const requested = new URL(req.url).searchParams.get('format') ?? '';
  const parsedFormat = format.safeParse(requested);
  if (!parsedFormat.success) {
    // The request's value is not echoed back: it is the caller's text, not ours to repeat.
    const problem = requested ? 'Unknown export format' : 'No export format given';
    return refuse(400, 'BAD_REQUEST', `${problem}: use one of ${EXPORT_FORMATS.join(', ')}.`);
  }
  const id = versionId.safeParse((await ctx.params).versionId);
  if (!id.success) return refuse(404, 'NOT_FOUND', 'Document not found.');

  const application = new URL(req.url).searchParams.get('application');
  const forApplication = application === null ? null : applicationId.safeParse(application);
  if (forApplication && !forApplication.success) return refuse(404, 'NOT_FOUND', 'Document not found.');

  let db;
  let doc;
  try {
    db = (await getDatabase()).db;
    doc = forApplication
      ? await applicantDocumentForExport(
          db,
          { userId: session.user.id, role: session.user.role },
          forApplication.data,
          id.data,
        )
      : await loadDocumentForExport(db, session.user.id, id.data);
  } catch (err) {
    // An outage is the 503 every other route answers; anything else is a real fault (500, logged by Next).
    if (!isDatabaseOutage(err) && db) throw err;
    return refuse(503, 'SERVICE_UNAVAILABLE', databaseUnavailable(err).message, {
      'retry-after': String(RETRY_AFTER_SECONDS),
    });
  }
  if (!doc) return refuse(404, 'NOT_FOUND', 'Document not found.');

  const chosen: ExportFormat = parsedFormat.data;
  const formats = exportFormatsFor(doc.kind);
  if (!formats.includes(chosen))
    return refuse(400, 'BAD_REQUEST', `This document has no ${chosen} form: use one of ${formats.join(', ')}.`);
  const file = await exportDocument(doc.content, doc.template, chosen);
  const name = exportFileName(
    { personName: doc.personName, kind: doc.kind, jobTitle: doc.jobTitle, company: doc.companyName },
    file.extension,
  );
  // The exports list is the seeker's record of their own downloads; a company's reading is not one.
  // It is a record, not a gate: a failure to note the download must not fail it.
  if (!forApplication) await recordDocumentExport(db, doc.versionId, {
    format: chosen,
    generatedAt: new Date().toISOString(),
    fileSize: file.bytes.byteLength,
  }).catch((err: unknown) =>
    logger.warn(
      { err: err instanceof Error ? err.message : String(err), versionId: doc.versionId },
      'export not recorded',
    ),
  );

  return new Response(new Blob([file.bytes as Uint8Array<ArrayBuffer>]).stream(), {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-length': String(file.bytes.byteLength),
      'content-disposition': attachment(name),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
