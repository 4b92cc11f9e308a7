import { documentTemplate, type DocumentTemplate } from '@/lib/validators/documents';
import { BUILT_IN_TEMPLATES } from './built-in';

/** The template new documents use when the seeker has not picked a default. */
export const DEFAULT_TEMPLATE_ID = 'ats-friendly';

// Validated once at load: a typo in the data above fails the first import, not an export.
const templates = new Map(BUILT_IN_TEMPLATES.map((t) => [t.id, documentTemplate.parse(t)]));

export function listTemplates(): DocumentTemplate[] {
  return [...templates.values()];
}

export function getTemplate(id: string): DocumentTemplate | null {
  return templates.get(id) ?? null;
}

/** For stored versions: a template that was removed since falls back to the default. */
export function templateOrDefault(id: string): DocumentTemplate {
  return templates.get(id) ?? (templates.get(DEFAULT_TEMPLATE_ID) as DocumentTemplate);
}
