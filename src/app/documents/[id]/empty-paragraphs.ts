import type { DocumentContent, FactText } from '@/lib/validators/documents';

/**
 * An emptied paragraph is one the user took out: there is no other control to remove it (a walk
 * was refused with "Section 1, paragraph 1: Write something here, or remove it."). A letter keeps
 * one paragraph at least, so a letter emptied entirely is still refused with its message.
 */
export function withoutEmptyParagraphs(content: DocumentContent): DocumentContent {
  const filled = (ps: FactText[]) => ps.filter((p) => p.text.trim() !== '');
  if (content.kind === 'cover_letter') {
    const paragraphs = filled(content.paragraphs);
    return paragraphs.length > 0 ? { ...content, paragraphs } : content;
  }
  return {
    ...content,
    sections: content.sections.map((s) => (s.type === 'summary' ? { ...s, paragraphs: filled(s.paragraphs) } : s)),
  };
}
