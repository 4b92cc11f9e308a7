/**
 * An exported file -> the draft our importer makes of it, the way a seeker would import it:
 * PDF, DOCX and text through extract-text + parse-resume; JSON through the JSON Resume importer;
 * Markdown pasted as it is; HTML as the text a browser shows (html-to-text), pasted.
 */
import { convert } from 'html-to-text';
import type { ExportFormat } from '@/lib/validators/documents';
import type { ResumeDraft } from '@/lib/validators/resume';
import { extractResumeText } from '@/server/services/resume/extract-text';
import { jsonResumeToDraft } from '@/server/services/resume/json-resume';
import { parseResume } from '@/server/services/resume/parse-resume';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

export const READ_PATHS: Record<ExportFormat, string> = {
  pdf: 'extract-text (PDF) + parse-resume',
  docx: 'extract-text (DOCX) + parse-resume',
  txt: 'extract-text (text) + parse-resume',
  html: 'html-to-text, pasted into parse-resume',
  md: 'pasted into parse-resume as written',
  json: 'JSON Resume importer',
};

export async function readBack(bytes: Uint8Array, format: ExportFormat, extension: string): Promise<ResumeDraft> {
  if (format === 'json') return jsonResumeToDraft(JSON.parse(decode(bytes)));
  if (format === 'html') {
    const text = convert(decode(bytes), {
      wordwrap: false,
      selectors: [{ selector: 'h2', options: { uppercase: false } }],
    });
    return parseResume((await extractResumeText({ text })).text, { format: 'paste' });
  }
  if (format === 'md') return parseResume((await extractResumeText({ text: decode(bytes) })).text, { format: 'paste' });
  const extracted = await extractResumeText({ bytes, filename: `resume.${extension}` });
  return parseResume(extracted.text, { format: extracted.format });
}
