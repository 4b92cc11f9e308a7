/**
 * A standalone, printable HTML page: inline CSS from the template, no scripts, no external
 * resources. Every string from the document is escaped, so a name like "<script>" stays text.
 * The main column comes first in the source (the order a screen reader or an ATS reads); CSS grid
 * puts the side column where the layout wants it.
 */
import type { DocumentContent, DocumentTemplate } from '@/lib/validators/documents';
import { planDocument, type Block, type PlannedSection } from './document-blocks';
import { plainLine } from './render-text';
import { FONT_FACES, SIDE_SHARE, sideOnLeft, sizes } from './template-style';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => plainLine(s).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

function blockHtml(blocks: Block[]): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push(`<ul>${list.join('')}</ul>`);
    list = [];
  };
  for (const b of blocks) {
    if (b.kind === 'bullet') {
      list.push(`<li>${escapeHtml(b.text)}</li>`);
      continue;
    }
    flush();
    const text = escapeHtml(b.text);
    if (b.kind === 'heading') out.push(`<h2>${text}</h2>`);
    else if (b.kind === 'entry') out.push(`<p class="entry">${text}</p>`);
    else if (b.kind === 'meta') out.push(`<p class="meta">${text}</p>`);
    else out.push(`<p>${text}</p>`);
  }
  flush();
  return out.join('\n');
}

const sectionsHtml = (sections: PlannedSection[]) =>
  sections.map((s) => `<section class="${s.type}">\n${blockHtml(s.blocks)}\n</section>`).join('\n');

function css(template: DocumentTemplate, columns: boolean): string {
  const { styling } = template;
  const size = sizes(template);
  const side = template.layout === 'single-column' ? 0 : SIDE_SHARE[template.layout];
  const grid = !columns
    ? ''
    : sideOnLeft(template)
      ? `main.columns{display:grid;grid-template-columns:${side * 100}% 1fr;grid-template-areas:"side main";gap:0 1.5em}`
      : `main.columns{display:grid;grid-template-columns:1fr ${side * 100}%;grid-template-areas:"main side";gap:0 1.5em}`;
  return [
    `@page{size:letter;margin:0.75in}`,
    `body{font-family:${FONT_FACES[styling.fontFamily].css};font-size:${styling.fontSize}pt;line-height:${styling.lineHeight};color:${styling.colors.text};max-width:8.5in;margin:0 auto;padding:0.5in}`,
    `h1{font-size:${size.name}pt;color:${styling.colors.primary};margin:0}`,
    `.headline{font-size:${size.headline}pt;margin:0.2em 0}`,
    `.contact{margin:0.2em 0 0}`,
    `h2{font-size:${size.heading}pt;color:${styling.colors.primary};text-transform:uppercase;border-bottom:1px solid ${styling.colors.accent};margin:${styling.sectionGap}pt 0 0.3em}`,
    `p{margin:0.15em 0}`,
    `.entry{font-weight:bold;margin-top:0.5em}`,
    `.meta{font-size:${size.meta}pt;color:${styling.colors.accent}}`,
    `ul{margin:0.2em 0;padding-left:1.2em}`,
    // A letter's parts (date and subject, greeting, each paragraph, closing) apart as on paper.
    `section.letter{margin:0 0 0.9em}`,
    `.main{grid-area:main}.side{grid-area:side}`,
    grid,
    `@media print{body{padding:0;max-width:none}}`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function renderHtml(content: DocumentContent, template: DocumentTemplate): string {
  const plan = planDocument(content, template);
  const columns = plan.side.length > 0;
  const title = content.kind === 'resume' ? `${plan.name} - Resume` : `${plan.name} - Cover letter`;
  const body = columns
    ? `<main class="columns">\n<div class="main">\n${sectionsHtml(plan.main)}\n</div>\n<aside class="side">\n${sectionsHtml(plan.side)}\n</aside>\n</main>`
    : `<main>\n${sectionsHtml(plan.main)}\n</main>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${css(template, columns)}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(plan.name)}</h1>
${plan.headline ? `<p class="headline">${escapeHtml(plan.headline)}</p>\n` : ''}${plan.contact.length ? `<p class="contact">${plan.contact.map(escapeHtml).join(' | ')}</p>\n` : ''}</header>
${body}
</body>
</html>
`;
}
