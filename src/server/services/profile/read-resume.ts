import { jsonResumeImportInput, resumeUploadInput, type ResumeUploadInput } from '@/lib/validators/resume-import';
import { AppError } from '@/server/errors';
import { jsonResumeToDraft } from '@/server/services/resume/json-resume';
import type { ResumeDraft } from '@/lib/validators/resume';
import { extractResumeText } from '@/server/services/resume/extract-text';
import { parseResume } from '@/server/services/resume/parse-resume';

/**
 * Turns an uploaded file or pasted text into a draft for the user to review.
 * Writes nothing: the profile changes only when the reviewed draft is committed.
 */
export async function readResume(raw: ResumeUploadInput): Promise<ResumeDraft> {
  const input = resumeUploadInput.parse(raw);
  const extracted =
    'text' in input
      ? await extractResumeText({ text: input.text })
      : await extractResumeText({
          bytes: new Uint8Array(Buffer.from(input.contentBase64, 'base64')),
          filename: input.filename,
          declaredType: input.declaredType,
        });
  return parseResume(extracted.text, { format: extracted.format });
}

/** A JSON Resume document -> the same reviewable draft (nothing is written). */
export function readJsonResume(raw: { json: string }): ResumeDraft {
  const { json } = jsonResumeImportInput.parse(raw);
  let parsed: unknown;
  try {
    // Escaped control characters ("\u0000") become real ones here: spaces, like in any text we read.
    parsed = JSON.parse(json, (_key, value: unknown) =>
      typeof value === 'string' ? value.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ') : value,
    );
  } catch {
    throw new AppError('VALIDATION_ERROR', 'This is not valid JSON. Export your resume again as JSON Resume.');
  }
  return jsonResumeToDraft(parsed);
}
