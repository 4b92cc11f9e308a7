/**
 * PDF with pdfkit, in-process: the standard fonts inside the package (no browser), or embedded
 * DejaVu when the text needs letters the standard fonts lack (unicode-fonts.ts).
 * Text is real text in reading order, one line per entry line, so a parser (ours, or an ATS) reads
 * it back. Two-column and sidebar layouts draw each column down the pages on its own; our PDF reader
 * finds the gutter and reads the left column, then the right.
 */
import PDFDocument from 'pdfkit';
import type { DocumentContent, DocumentTemplate } from '@/lib/validators/documents';
import { planDocument, planText, type Block, type PlannedSection } from './document-blocks';
import { plainLine } from './render-text';
import { FONT_FACES, GUTTER, PAGE, SIDE_SHARE, sideOnLeft, sizes } from './template-style';
import { drawableWith, registerUnicodeFonts, type FontPair } from './unicode-fonts';
import { isWinAnsi, toWinAnsi } from './win-ansi';

type Doc = InstanceType<typeof PDFDocument>;
const BULLET_INDENT = 11;
const BOTTOM = PAGE.height - PAGE.margin;

interface Pen {
  doc: Doc;
  template: DocumentTemplate;
  fonts: FontPair;
  /** What a line is drawn as: as written with Unicode fonts, its WinAnsi spelling otherwise. */
  shape: (text: string) => string;
}

function styleFor(pen: Pen, kind: Block['kind'] | 'name' | 'headline') {
  const { styling } = pen.template;
  const size = sizes(pen.template);
  const bold = kind === 'heading' || kind === 'entry' || kind === 'name';
  const fontSize =
    kind === 'name'
      ? size.name
      : kind === 'heading'
        ? size.heading
        : kind === 'meta'
          ? size.meta
          : kind === 'headline'
            ? size.headline
            : size.body;
  const colour =
    kind === 'name' || kind === 'heading'
      ? styling.colors.primary
      : kind === 'meta'
        ? styling.colors.accent
        : styling.colors.text;
  pen.doc
    .font(bold ? pen.fonts.bold : pen.fonts.regular)
    .fontSize(fontSize)
    .fillColor(colour);
  return { lineGap: fontSize * (styling.lineHeight - 1), fontSize };
}

const textOf = (pen: Pen, block: Block) =>
  pen.shape(plainLine(block.kind === 'heading' ? block.text.toUpperCase() : block.text));

/** Height a block takes at this width (the bullet's text is indented). */
function heightOf(pen: Pen, block: Block, width: number): number {
  const { lineGap } = styleFor(pen, block.kind);
  const w = block.kind === 'bullet' ? width - BULLET_INDENT : width;
  return pen.doc.heightOfString(textOf(pen, block), { width: w, lineGap });
}

/** A column runs down its own strip of every page, adding pages as it needs them. */
function drawColumn(pen: Pen, sections: PlannedSection[], x: number, width: number, top: number) {
  const { doc, template } = pen;
  let page = 0;
  let y = top;
  doc.switchToPage(0);
  const nextPage = () => {
    page += 1;
    if (page >= doc.bufferedPageRange().count) doc.addPage({ size: [PAGE.width, PAGE.height], margin: PAGE.margin });
    doc.switchToPage(page);
    y = PAGE.margin;
  };
  sections.forEach((section, si) => {
    if (si > 0) y += template.styling.sectionGap;
    section.blocks.forEach((block, bi) => {
      const next = section.blocks[bi + 1];
      // A heading or an entry line never ends a page alone.
      const keep = block.kind === 'heading' || block.kind === 'entry' ? (next ? heightOf(pen, next, width) : 0) : 0;
      const height = heightOf(pen, block, width);
      if (y + height + keep > BOTTOM && y > PAGE.margin) nextPage();
      const { lineGap, fontSize } = styleFor(pen, block.kind);
      const text = textOf(pen, block);
      if (block.kind === 'bullet') {
        doc.text('•', x, y, { lineBreak: false });
        doc.text(text, x + BULLET_INDENT, y, { width: width - BULLET_INDENT, lineGap });
      } else {
        if (block.kind === 'entry' && bi > 1) y += fontSize * 0.4;
        doc.text(text, x, y, { width, lineGap });
      }
      y += heightOf(pen, block, width);
      if (block.kind === 'heading') {
        doc
          .moveTo(x, y)
          .lineTo(x + width, y)
          .lineWidth(0.6)
          .strokeColor(template.styling.colors.accent)
          .stroke();
        y += 4;
      }
    });
  });
}

/** The name, headline and contact line across the top of the first page; returns where they end. */
function drawHeader(pen: Pen, plan: ReturnType<typeof planDocument>): number {
  const { doc } = pen;
  const width = PAGE.width - 2 * PAGE.margin;
  let y = PAGE.margin;
  const line = (text: string, kind: 'name' | 'headline' | 'paragraph') => {
    const { lineGap } = styleFor(pen, kind);
    const shown = pen.shape(plainLine(text));
    doc.text(shown, PAGE.margin, y, { width, lineGap });
    y += doc.heightOfString(shown, { width, lineGap }) + 2;
  };
  line(plan.name, 'name');
  if (plan.headline) line(plan.headline, 'headline');
  if (plan.contact.length) {
    styleFor(pen, 'paragraph');
    const fits = (text: string) => doc.widthOfString(pen.shape(plainLine(text))) <= width;
    for (const text of packItems(plan.contact, fits)) line(text, 'paragraph');
  }
  return y + pen.template.styling.sectionGap / 2;
}

/**
 * Items joined with " | " on as few lines as fit, broken between items, never inside one: left
 * to the text layout, "github.com/" ended one line and "demo" began the next, which reads (and
 * imports) as two half addresses.
 */
function packItems(items: readonly string[], fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let current = '';
  for (const item of items) {
    const joined = current ? `${current} | ${item}` : item;
    if (current && !fits(joined)) {
      lines.push(current);
      current = item;
    } else current = joined;
  }
  if (current) lines.push(current);
  return lines;
}

export async function renderPdf(content: DocumentContent, template: DocumentTemplate): Promise<Buffer> {
  return (await drawPdf(content, template)).bytes;
}

/**
 * The pages the PDF of this content fills with this template: what a document's length is shown
 * as. A words-per-page estimate said "1 page" of a resume whose PDF ran to 2.
 */
export async function pdfPageCount(content: DocumentContent, template: DocumentTemplate): Promise<number> {
  return (await drawPdf(content, template)).pages;
}

async function drawPdf(
  content: DocumentContent,
  template: DocumentTemplate,
): Promise<{ bytes: Buffer; pages: number }> {
  const plan = planDocument(content, template);
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: PAGE.margin,
    bufferPages: true,
    info: { Title: `${plan.name} - ${content.kind === 'resume' ? 'Resume' : 'Cover letter'}`, Author: plan.name },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const pen: Pen = isWinAnsi(planText(plan))
    ? {
        doc,
        template,
        fonts: { regular: template.styling.fontFamily, bold: FONT_FACES[template.styling.fontFamily].bold },
        shape: toWinAnsi,
      }
    : {
        doc,
        template,
        fonts: registerUnicodeFonts(doc, template.styling.fontFamily),
        shape: drawableWith(template.styling.fontFamily),
      };
  const top = drawHeader(pen, plan);
  const full = PAGE.width - 2 * PAGE.margin;
  if (plan.side.length === 0 || template.layout === 'single-column') {
    drawColumn(pen, plan.main, PAGE.margin, full, top);
  } else {
    const sideWidth = Math.round((full - GUTTER) * SIDE_SHARE[template.layout]);
    const mainWidth = full - GUTTER - sideWidth;
    const left = sideOnLeft(template);
    drawColumn(pen, plan.main, left ? PAGE.margin + sideWidth + GUTTER : PAGE.margin, mainWidth, top);
    drawColumn(pen, plan.side, left ? PAGE.margin : PAGE.margin + mainWidth + GUTTER, sideWidth, top);
  }
  const pages = doc.bufferedPageRange().count;
  doc.flushPages();
  doc.end();
  return { bytes: await done, pages };
}
