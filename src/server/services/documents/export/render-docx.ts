/**
 * DOCX with the `docx` library. Bullets are real Word list items and headings real Heading 2
 * paragraphs, which is what ATS parsers (and mammoth, our importer's reader) understand. Two-column
 * and sidebar layouts are a borderless one-row table: each cell holds a whole column, so the file's
 * reading order is one column after the other, never interleaved line by line as section columns
 * or text boxes can come out.
 */
import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocumentContent, DocumentTemplate } from '@/lib/validators/documents';
import { planDocument, type Block, type PlannedSection } from './document-blocks';
import { plainLine } from './render-text';
import { FONT_FACES, GUTTER, PAGE, SIDE_SHARE, sideOnLeft, sizes } from './template-style';

/** Points to twentieths of a point (Word's page and spacing unit). */
const twips = (pt: number) => Math.round(pt * 20);
/** Points to half-points (Word's font size unit). */
const halfPoints = (pt: number) => Math.round(pt * 2);
const hex = (colour: string) => colour.slice(1).toUpperCase();

function paragraphs(blocks: Block[], template: DocumentTemplate, first: boolean): Paragraph[] {
  const { styling } = template;
  const size = sizes(template);
  const line = Math.round(240 * styling.lineHeight);
  // A section without a heading (a letter's parts) still starts apart from the one before.
  const apart = (i: number) => (i === 0 && !first ? twips(styling.sectionGap / 2) : undefined);
  return blocks.map((b, i) => {
    const text = plainLine(b.text);
    switch (b.kind) {
      case 'heading':
        return new Paragraph({
          heading: HeadingLevel.HEADING_2,
          spacing: { before: first && i === 0 ? 0 : twips(styling.sectionGap), after: twips(3), line },
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: hex(styling.colors.accent), space: 1 } },
          children: [
            new TextRun({
              text: text.toUpperCase(),
              bold: true,
              size: halfPoints(size.heading),
              color: hex(styling.colors.primary),
            }),
          ],
        });
      case 'entry':
        return new Paragraph({
          spacing: { before: twips(4), line },
          children: [new TextRun({ text, bold: true, size: halfPoints(size.body) })],
        });
      case 'meta':
        return new Paragraph({
          spacing: { before: apart(i), line },
          children: [new TextRun({ text, size: halfPoints(size.meta), color: hex(styling.colors.accent) })],
        });
      case 'bullet':
        return new Paragraph({
          bullet: { level: 0 },
          spacing: { line },
          children: [new TextRun({ text, size: halfPoints(size.body) })],
        });
      case 'paragraph':
        return new Paragraph({
          spacing: { before: apart(i), after: twips(3), line },
          children: [new TextRun({ text, size: halfPoints(size.body) })],
        });
    }
  });
}

const column = (sections: PlannedSection[], template: DocumentTemplate) =>
  sections.flatMap((s, i) => paragraphs(s.blocks, template, i === 0));

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function columnsTable(main: Paragraph[], side: Paragraph[], template: DocumentTemplate): Table {
  const full = PAGE.width - 2 * PAGE.margin;
  const share = template.layout === 'single-column' ? 0 : SIDE_SHARE[template.layout];
  const sideWidth = twips(Math.round((full - GUTTER) * share));
  const mainWidth = twips(full) - sideWidth;
  const cell = (children: Paragraph[], width: number, padLeft: number, padRight: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { left: padLeft, right: padRight, top: 0, bottom: 0 },
      children: children.length ? children : [new Paragraph('')],
    });
  const gap = twips(GUTTER / 2);
  const cells = sideOnLeft(template)
    ? [cell(side, sideWidth, 0, gap), cell(main, mainWidth, gap, 0)]
    : [cell(main, mainWidth, 0, gap), cell(side, sideWidth, gap, 0)];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: twips(full), type: WidthType.DXA },
    columnWidths: sideOnLeft(template) ? [sideWidth, mainWidth] : [mainWidth, sideWidth],
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [new TableRow({ children: cells })],
  });
}

export async function renderDocx(content: DocumentContent, template: DocumentTemplate): Promise<Buffer> {
  const plan = planDocument(content, template);
  const { styling } = template;
  const size = sizes(template);
  const header = [
    new Paragraph({
      children: [
        new TextRun({
          text: plainLine(plan.name),
          bold: true,
          size: halfPoints(size.name),
          color: hex(styling.colors.primary),
        }),
      ],
    }),
    ...(plan.headline
      ? [
          new Paragraph({
            children: [new TextRun({ text: plainLine(plan.headline), size: halfPoints(size.headline) })],
          }),
        ]
      : []),
    ...(plan.contact.length
      ? [
          new Paragraph({
            spacing: { after: twips(styling.sectionGap / 2) },
            children: [new TextRun({ text: plan.contact.map(plainLine).join(' | '), size: halfPoints(size.body) })],
          }),
        ]
      : []),
  ];
  const body =
    plan.side.length > 0 && template.layout !== 'single-column'
      ? [columnsTable(column(plan.main, template), column(plan.side, template), template)]
      : column(plan.main, template);
  const doc = new Document({
    creator: 'GiveMeJobs',
    title: `${plan.name} - ${content.kind === 'resume' ? 'Resume' : 'Cover letter'}`,
    styles: {
      default: {
        document: {
          run: {
            font: FONT_FACES[styling.fontFamily].word,
            size: halfPoints(size.body),
            color: hex(styling.colors.text),
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(PAGE.width), height: twips(PAGE.height) },
            margin: {
              top: twips(PAGE.margin),
              bottom: twips(PAGE.margin),
              left: twips(PAGE.margin),
              right: twips(PAGE.margin),
            },
          },
        },
        children: [...header, ...body],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
