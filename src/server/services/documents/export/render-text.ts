/**
 * ATS-safe plain text: no tables, no columns, no symbols a parser might drop. Headings in capitals,
 * bullets as "- ", one blank line between sections. Plain text needs no escaping, only control
 * characters removed (a stray form feed or escape sequence would corrupt a terminal or an ATS form).
 */
import type { DocumentContent, DocumentTemplate } from '@/lib/validators/documents';
import { oneColumn, planDocument, type Block } from './document-blocks';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
export const plainLine = (s: string) => s.replace(CONTROL, '').replace(/\s+/g, ' ').trim();

function line(block: Block): string {
  const text = plainLine(block.text);
  if (block.kind === 'heading') return text.toUpperCase();
  if (block.kind === 'bullet') return `- ${text}`;
  return text;
}

export function renderText(content: DocumentContent, template: DocumentTemplate): string {
  const plan = planDocument(content, oneColumn(template));
  const header = [plan.name, plan.headline, plan.contact.join(' | ')].filter(Boolean).map((s) => plainLine(s ?? ''));
  const sections = plan.main.map((s) => s.blocks.map(line).join('\n'));
  return `${[header.join('\n'), ...sections].join('\n\n')}\n`;
}
