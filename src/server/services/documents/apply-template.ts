import type { DocumentContent, DocumentTemplate, ResumeSection } from '@/lib/validators/documents';

/**
 * Lays a resume out with a template: its section order and titles, hidden sections left out.
 * Columns are the renderer's business (the template travels with the version). Letters pass as is.
 */
export function applyTemplate<C extends DocumentContent>(content: C, template: DocumentTemplate): C {
  if (content.kind !== 'resume') return content;
  const bySection = new Map(template.sections.map((s) => [s.type, s]));
  const sections = content.sections
    .filter((s) => bySection.get(s.type)?.visible ?? false)
    .map((s): ResumeSection => ({ ...s, title: bySection.get(s.type)?.title ?? s.title }))
    .sort((a, b) => (bySection.get(a.type)?.order ?? 99) - (bySection.get(b.type)?.order ?? 99));
  return { ...content, sections };
}
