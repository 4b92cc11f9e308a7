/** The template's styling as each format names it: CSS font stacks, page geometry shared by PDF and DOCX. */
import type { DocumentTemplate } from '@/lib/validators/documents';

type FontFamily = DocumentTemplate['styling']['fontFamily'];

/** The PDF standard fonts and their nearest everyday equivalents in browsers and Word. */
export const FONT_FACES: Record<FontFamily, { css: string; word: string; bold: string }> = {
  Helvetica: { css: 'Helvetica, Arial, sans-serif', word: 'Arial', bold: 'Helvetica-Bold' },
  'Times-Roman': { css: '"Times New Roman", Times, serif', word: 'Times New Roman', bold: 'Times-Bold' },
  Courier: { css: '"Courier New", Courier, monospace', word: 'Courier New', bold: 'Courier-Bold' },
};

/** US Letter with 0.75 in margins, in points. */
export const PAGE = { width: 612, height: 792, margin: 54 } as const;
/** The side column's share of the text width, and the gutter between the columns (points). */
export const SIDE_SHARE = { 'two-column': 0.34, sidebar: 0.3 } as const;
export const GUTTER = 22;

/** Two-column puts the side column on the right of the main one; sidebar on its left. */
export const sideOnLeft = (template: DocumentTemplate) => template.layout === 'sidebar';

/** Heading, name and small-print sizes derived from the template's body size. */
export function sizes(template: DocumentTemplate) {
  const body = template.styling.fontSize;
  return { body, name: Math.round(body * 1.8), headline: body + 1, heading: body + 1, meta: Math.max(8, body - 1) };
}
