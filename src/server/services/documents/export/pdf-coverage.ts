/**
 * The characters a document's PDF leaves out: those no embedded font can draw (CJK, emoji;
 * unicode-fonts.ts). The document page names them beside the downloads, so a seeker learns
 * before sending it that their PDF misses part of their name, and that the DOCX keeps it.
 */
import type { DocumentContent, DocumentTemplate } from '@/lib/validators/documents';
import { planDocument, planText } from './document-blocks';
import { undrawableWith } from './unicode-fonts';
import { isWinAnsi } from './win-ansi';

export function pdfLeavesOut(content: DocumentContent, template: DocumentTemplate): string[] {
  const text = planText(planDocument(content, template));
  // Text the standard fonts draw needs no embedded font, and loses nothing.
  return isWinAnsi(text) ? [] : undrawableWith(template.styling.fontFamily, text);
}
