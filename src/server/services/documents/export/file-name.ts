/**
 * "Jane-Doe-Resume-Data-Analyst-Acme.pdf": the person, the kind and the job, in ASCII letters and
 * digits only, so the name survives every browser, mail client and file system unquoted. Letters
 * are transliterated by any-ascii ("José" -> "Jose", "Łukasiewicz" -> "Lukasiewicz", "李雷" ->
 * "LiLei"): decomposing accents alone dropped the letters that have none to drop (a walk saw "ukasiewicz").
 */
import anyAscii from 'any-ascii';
import type { DocumentKind, ExportFormat } from '@/lib/validators/documents';

const MAX_STEM = 120;

export const asciiWords = (s: string | null | undefined) =>
  // Emoji are left out, not spelled (any-ascii writes "🚀" as ":rocket:").
  anyAscii((s ?? '').replace(/\p{Extended_Pictographic}/gu, ' '))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export interface FileNameParts {
  personName: string;
  kind: DocumentKind;
  jobTitle?: string | null;
  company?: string | null;
}

export function exportFileName(parts: FileNameParts, extension: string): string {
  const kind = parts.kind === 'resume' ? 'Resume' : 'Cover-Letter';
  const stem = [asciiWords(parts.personName) || 'Document', kind, asciiWords(parts.jobTitle), asciiWords(parts.company)]
    .filter(Boolean)
    .join('-')
    .slice(0, MAX_STEM)
    .replace(/-+$/, '');
  return `${stem}.${extension}`;
}

export type { ExportFormat };
