import type { DocumentKind, DocumentStatus, ExportFormat } from '@/lib/validators/documents';

export const KIND_NAME: Record<DocumentKind, string> = { resume: 'Resume', cover_letter: 'Cover letter' };

export const STATUS_STYLE: Record<DocumentStatus, string> = {
  draft: 'bg-slate-100 text-slate-700',
  generated: 'bg-brand-50 text-brand-700',
  edited: 'bg-amber-100 text-amber-900',
  finalized: 'bg-emerald-100 text-emerald-800',
};

export const FORMAT_LABEL: Record<ExportFormat, string> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  txt: 'Plain text (ATS)',
  html: 'HTML',
  md: 'Markdown',
  json: 'JSON Resume',
};
