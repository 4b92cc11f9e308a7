/**
 * Markdown: the name as the title, sections as headings, each entry's lines kept as lines. Markdown's own characters in
 * the person's text are backslash-escaped and HTML is neutralised, so "C# & <b>" shows as written
 * in any renderer and nothing in it becomes a link, a heading or markup.
 */
import type { DocumentContent, DocumentTemplate } from '@/lib/validators/documents';
import { oneColumn, planDocument, type Block } from './document-blocks';
import { plainLine } from './render-text';

/**
 * Only what would change the meaning is escaped, so the file still reads as plain text (and pastes
 * into our importer): inline markers anywhere, block markers ("#", "-", "1.") at the start of a line,
 * and "&" before something that reads as an entity.
 */
const INLINE = /[\\`*_[\]<>~]/g;
const BLOCK_START = /^(\s*)([#>+=-]|\d+[.)])/;
export const escapeMarkdown = (s: string) =>
  plainLine(s)
    .replace(INLINE, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(BLOCK_START, (_m, space: string, marker: string) => `${space}${marker.replace(/([#>+=\-.)])$/, '\\$1')}`);

/**
 * Setext headings ("Experience" over a row of hyphens) and entries as plain lines ending in a hard
 * break: the file renders as Markdown and still reads as a résumé when pasted as text, where "##"
 * and "**" would be noise to a parser.
 */
function line(block: Block): string {
  const text = escapeMarkdown(block.text);
  switch (block.kind) {
    case 'heading':
      return `\n${text}\n${'-'.repeat(Math.max(3, text.length))}\n`;
    case 'entry':
    case 'meta':
      return `${block.kind === 'entry' ? '\n' : ''}${text}  `;
    case 'bullet':
      return `- ${text}`;
    case 'paragraph':
      // A blank line before as well: after an entry's hard break it would otherwise run on.
      return `\n${text}\n`;
  }
}

export function renderMarkdown(content: DocumentContent, template: DocumentTemplate): string {
  const plan = planDocument(content, oneColumn(template));
  const name = escapeMarkdown(plan.name);
  const out = [name, '='.repeat(Math.max(3, name.length)), ''];
  if (plan.headline) out.push(`${escapeMarkdown(plan.headline)}  `);
  if (plan.contact.length) out.push(plan.contact.map(escapeMarkdown).join(' | '), '');
  for (const section of plan.main) out.push(...section.blocks.map(line));
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
