/** Document export: six formats from one DocumentContent and its template. */
export { exportDocument, EXPORT_TYPES, type ExportedDocument } from './export-document';
export { exportFileName, type FileNameParts } from './file-name';
export { renderDocx } from './render-docx';
export { renderHtml } from './render-html';
export { renderJsonResume, toJsonResume } from './render-json-resume';
export { renderMarkdown } from './render-markdown';
export { renderPdf } from './render-pdf';
export { renderText } from './render-text';
