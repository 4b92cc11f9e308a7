/**
 * Generates the resume-import fixtures committed under tests/fixtures/resumes (see the README there):
 *   npm run fixtures:resumes
 * One fictional resume (Elena Marquez) as PDF, DOCX and TXT, plus the failure cases: an image-only PDF,
 * a text file named .pdf, an empty file, a DOCX zip bomb and a truncated PDF. Timestamps are pinned so
 * re-running changes nothing but what the generators themselves randomise.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { pinZip as pinZipAt } from './fixtures/pin-zip';

const OUT = path.join(process.cwd(), 'tests', 'fixtures', 'resumes');
const FIXED_DATE = new Date('2024-01-15T09:00:00Z');
/** The bomb's padding: 200 MB of zeros deflates to ~200 KB. */
const BOMB_BYTES = 200 * 1024 * 1024;

type Block = { kind: 'name' | 'headline' | 'contact' | 'heading' | 'text' | 'bullet'; text: string };

const RESUME: Block[] = [
  { kind: 'name', text: 'Elena Marquez' },
  { kind: 'headline', text: 'Senior Full-Stack Engineer' },
  {
    kind: 'contact',
    text: 'Austin, TX | elena.marquez@example.com | +1 (512) 555-0147 | linkedin.com/in/elena-marquez-dev | github.com/emarquez-dev',
  },
  { kind: 'heading', text: 'SUMMARY' },
  {
    kind: 'text',
    text: 'Full-stack engineer with eight years of experience building data-heavy web applications in TypeScript and Python. Leads small teams and cares about testing, accessibility and clear documentation.',
  },
  { kind: 'heading', text: 'EXPERIENCE' },
  { kind: 'text', text: 'Senior Software Engineer — Northwind Analytics Inc., Austin, TX' },
  { kind: 'text', text: 'Jan 2020 – Present' },
  {
    kind: 'bullet',
    text: 'Led a team of five engineers rebuilding the reporting platform with React, Next.js and Node.js.',
  },
  {
    kind: 'bullet',
    text: 'Cut p95 API latency from 900 ms to 180 ms by moving hot queries to PostgreSQL materialized views and Redis.',
  },
  {
    kind: 'bullet',
    text: 'Introduced Playwright end-to-end tests and GitHub Actions; failed releases dropped by 60%.',
  },
  { kind: 'text', text: 'Software Engineer — Bluebird Logistics LLC, Dallas, TX' },
  { kind: 'text', text: 'Jun 2016 – Dec 2019' },
  {
    kind: 'bullet',
    text: 'Built route-planning services in Python (Django, Celery) processing two million shipments a month.',
  },
  { kind: 'bullet', text: 'Moved nightly batch jobs to Apache Airflow on AWS (EC2, S3, RDS).' },
  { kind: 'bullet', text: 'Mentored three junior developers through code review and pairing.' },
  { kind: 'text', text: 'Junior Web Developer — Pixel & Pine Studio, Remote' },
  { kind: 'text', text: '03/2015 to 05/2016' },
  { kind: 'bullet', text: 'Delivered more than twenty client websites with WordPress, PHP and jQuery.' },
  { kind: 'heading', text: 'PROJECTS' },
  { kind: 'text', text: 'Open-source: tidy-csv — a streaming CSV validator for Node.js with 1,200 GitHub stars.' },
  { kind: 'heading', text: 'EDUCATION' },
  { kind: 'text', text: 'B.Sc. in Computer Science — University of Texas at Austin, 2011 – 2015' },
  { kind: 'heading', text: 'SKILLS' },
  { kind: 'text', text: 'Languages: TypeScript, JavaScript, Python, SQL, Go' },
  { kind: 'text', text: 'Frameworks: React, Next.js, Node.js, Django, Express' },
  { kind: 'text', text: 'Data & Cloud: PostgreSQL, Redis, Docker, Kubernetes, AWS, Terraform' },
  { kind: 'text', text: 'Practices: Agile, Scrum, TDD, CI/CD, code review' },
  { kind: 'heading', text: 'CERTIFICATIONS' },
  { kind: 'text', text: 'AWS Certified Solutions Architect – Associate (2021)' },
  { kind: 'heading', text: 'LANGUAGES' },
  { kind: 'text', text: 'English (native), Spanish (professional working proficiency)' },
];

function resumeText(): string {
  const lines: string[] = [];
  for (const block of RESUME) {
    if (block.kind === 'heading' && lines.length > 0) lines.push('');
    lines.push(block.kind === 'bullet' ? `• ${block.text}` : block.text);
  }
  return `${lines.join('\n')}\n`;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

function pinDates(pdf: PDFDocument): void {
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
}

async function resumePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pinDates(pdf);
  pdf.setTitle('Elena Marquez — Resume');
  pdf.setProducer('GiveMeJobs fixtures');
  pdf.setCreator('scripts/make-resume-fixtures.ts');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const margin = 54;
  let page: PDFPage = pdf.addPage([612, 792]);
  let y = 792 - margin;
  const style: Record<Block['kind'], { font: PDFFont; size: number; gap: number }> = {
    name: { font: bold, size: 20, gap: 6 },
    headline: { font: regular, size: 12, gap: 4 },
    contact: { font: regular, size: 9, gap: 10 },
    heading: { font: bold, size: 11, gap: 4 },
    text: { font: regular, size: 10.5, gap: 2 },
    bullet: { font: regular, size: 10.5, gap: 2 },
  };
  for (const block of RESUME) {
    const { font, size, gap } = style[block.kind];
    if (block.kind === 'heading') y -= 8;
    const indent = block.kind === 'bullet' ? 14 : 0;
    for (const [i, line] of wrap(block.text, font, size, 612 - 2 * margin - indent).entries()) {
      if (y < margin + size) {
        page = pdf.addPage([612, 792]);
        y = 792 - margin;
      }
      const text = block.kind === 'bullet' && i === 0 ? `• ${line}` : line;
      page.drawText(text, {
        x: margin + (block.kind === 'bullet' && i > 0 ? indent : 0),
        y,
        size,
        font,
        color: rgb(0.1, 0.1, 0.1),
      });
      y -= size * 1.3;
    }
    y -= gap;
  }
  return pdf.save({ useObjectStreams: false });
}

/** A "scan": grey bars where text would be, no text layer at all. */
async function scannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pinDates(pdf);
  const page = pdf.addPage([612, 792]);
  page.drawRectangle({ x: 0, y: 0, width: 612, height: 792, color: rgb(0.97, 0.96, 0.93) });
  let y = 720;
  for (let i = 0; i < 38; i++) {
    const width = i % 7 === 0 ? 180 : 320 + ((i * 37) % 170);
    page.drawRectangle({ x: 60, y, width, height: i % 7 === 0 ? 11 : 7, color: rgb(0.35, 0.35, 0.35) });
    y -= i % 7 === 6 ? 26 : 16;
  }
  return pdf.save({ useObjectStreams: false });
}

async function resumeDocx(): Promise<Uint8Array> {
  const paragraphs = RESUME.map((block) => {
    if (block.kind === 'heading') return new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 });
    if (block.kind === 'bullet') return new Paragraph({ text: block.text, bullet: { level: 0 } });
    const bold = block.kind === 'name';
    const size = block.kind === 'name' ? 36 : block.kind === 'contact' ? 18 : 21;
    const alignment = block.kind === 'text' ? AlignmentType.LEFT : AlignmentType.CENTER;
    return new Paragraph({ alignment, children: [new TextRun({ text: block.text, bold, size })] });
  });
  const doc = new Document({
    creator: 'GiveMeJobs fixtures',
    title: 'Elena Marquez — Resume',
    sections: [{ children: paragraphs }],
  });
  return pinZip(await Packer.toBuffer(doc));
}

/** Rewrites a ZIP with fixed entry dates (and core.xml timestamps) so the bytes do not change per run. */
const pinZip = async (bytes: Uint8Array) => pinZipAt(await JSZip.loadAsync(bytes), FIXED_DATE);

/** A real DOCX (it opens) whose ZIP also holds 200 MB of zeros that deflate to ~200 KB. */
async function zipBombDocx(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  zip.file('word/media/padding.bin', new Uint8Array(BOMB_BYTES));
  // Register the part's type so the package stays a valid Office Open XML document.
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (types)
    zip.file(
      '[Content_Types].xml',
      types.replace('<Default ', '<Default Extension="bin" ContentType="application/octet-stream"/><Default '),
    );
  for (const file of Object.values(zip.files)) file.date = FIXED_DATE;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const text = resumeText();
  const pdf = await resumePdf();
  const docx = await resumeDocx();
  const files: Record<string, Uint8Array | string> = {
    'resume.txt': text,
    'resume.pdf': pdf,
    'resume.docx': docx,
    'scanned.pdf': await scannedPdf(),
    'fake.pdf':
      'This is a plain text file that was renamed to .pdf.\nIt has a few lines of text but no PDF structure at all.\n',
    'empty.pdf': '',
    'zip-bomb.docx': await zipBombDocx(docx),
    // The first 40% of the real PDF: header and fonts, but no page tree, xref or trailer.
    'corrupt.pdf': pdf.subarray(0, Math.floor(pdf.length * 0.4)),
  };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(OUT, name), content);
    console.log(
      `${name.padEnd(15)} ${typeof content === 'string' ? Buffer.byteLength(content) : content.length} bytes`,
    );
  }
}

await main();
