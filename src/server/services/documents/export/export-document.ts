/** One entry point for every export format: the bytes, their media type and the file extension. */
import type { DocumentContent, DocumentTemplate, ExportFormat } from '@/lib/validators/documents';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderJsonResume } from './render-json-resume';
import { renderMarkdown } from './render-markdown';
import { renderPdf } from './render-pdf';
import { renderText } from './render-text';

export interface ExportedDocument {
  bytes: Uint8Array;
  contentType: string;
  extension: string;
}

export const EXPORT_TYPES: Record<ExportFormat, { contentType: string; extension: string }> = {
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  txt: { contentType: 'text/plain; charset=utf-8', extension: 'txt' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
};

const utf8 = (s: string) => new TextEncoder().encode(s);

async function render(content: DocumentContent, template: DocumentTemplate, format: ExportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'pdf':
      return new Uint8Array(await renderPdf(content, template));
    case 'docx':
      return new Uint8Array(await renderDocx(content, template));
    case 'txt':
      return utf8(renderText(content, template));
    case 'html':
      return utf8(renderHtml(content, template));
    case 'md':
      return utf8(renderMarkdown(content, template));
    case 'json':
      return utf8(renderJsonResume(content));
  }
}

export async function exportDocument(
  content: DocumentContent,
  template: DocumentTemplate,
  format: ExportFormat,
): Promise<ExportedDocument> {
  return { bytes: await render(content, template, format), ...EXPORT_TYPES[format] };
}
