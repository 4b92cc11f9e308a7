/**
 * The caps of upload-limits.ts, each hit by a generated file through the real extraction path
 * (extractResumeText, what profile.readResume calls) or the worker runner itself with a tighter limit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInWorker } from '@/server/services/resume/document-worker';
import { extractResumeText } from '@/server/services/resume/extract-text';
import { pdfStreams } from '@/server/services/resume/pdf-streams';
import { UPLOAD_LIMITS, WORKER_LIMITS } from '@/server/services/resume/upload-limits';
import { pdfOf, plainDocx } from './helpers/bomb-files';

const line = 'Built and ran the payments platform for forty countries at Acme Corporation';

function pdfOfPages(pages: string[][]): Buffer {
  const first = 3;
  const kids = pages.map((_, i) => `${first + i * 2} 0 R`).join(' ');
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
  ];
  const font = first + pages.length * 2;
  pages.forEach((lines, i) => {
    const content = lines.map((l, k) => `BT /F1 9 Tf 40 ${780 - (k % 80) * 9} Td (${l}) Tj ET`).join('\n');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${first + i * 2 + 1} 0 R >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    );
  });
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  return pdfOf(objects);
}

const reason = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: { details?: { reason?: string }; message?: string }) => `${error.details?.reason}: ${error.message}`,
  );

describe('upload caps', () => {
  it(`refuses a PDF of more than ${UPLOAD_LIMITS.maxPdfPages} pages before reading them`, async () => {
    const pages = Array.from({ length: UPLOAD_LIMITS.maxPdfPages + 1 }, () => [line]);
    expect(await reason(extractResumeText({ bytes: pdfOfPages(pages), filename: 'long.pdf' }))).toMatch(
      /^too_large: This PDF has 51 pages; a resume import reads at most 50/,
    );
  });

  it('refuses a PDF or DOCX holding more text than the cap', async () => {
    const lines = Array.from({ length: Math.ceil(UPLOAD_LIMITS.maxTextChars / line.length) + 10 }, () => line);
    const pages = Array.from({ length: 20 }, (_, i) => lines.filter((_l, k) => k % 20 === i));
    expect(await reason(extractResumeText({ bytes: pdfOfPages(pages), filename: 'wall.pdf' }))).toMatch(
      /^too_large: This PDF holds more than 200,000 characters/,
    );
    expect(await reason(extractResumeText({ bytes: plainDocx(lines), filename: 'wall.docx' }))).toMatch(
      /^too_large: This Word document holds more than 200,000 characters/,
    );
  });

  it('stops a job that runs past its time or grows the process too much, and refuses one when too many wait', async () => {
    const pdf = readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'resumes', 'resume.pdf'));
    expect(await reason(readInWorker('pdf', pdf, { ...WORKER_LIMITS, maxRunMs: 1 }))).toMatch(
      /^too_complex: This PDF needs more time to open/,
    );
    // Starting a worker alone grows the process by some MB: a 1 MB allowance is always passed.
    expect(await reason(readInWorker('docx', pdf, { ...WORKER_LIMITS, maxRssGrowthBytes: 1024 * 1024 }))).toMatch(
      /^too_complex: This Word document needs more memory to open/,
    );
    const noQueue = { ...WORKER_LIMITS, maxQueued: 0 };
    const [first, second] = await Promise.all([
      reason(readInWorker('pdf', pdf, noQueue)),
      reason(readInWorker('pdf', pdf, noQueue)),
    ]);
    expect(first).toBe('ok');
    expect(second).toMatch(/^busy: Many resumes are being read right now/);
  });

  it('finds stream bodies by a direct /Length, not by a spelled-out "endstream" inside them', () => {
    const body = 'abc endstream def';
    const pdf = pdfOf([
      `<< /Length ${body.length} >>\nstream\n${body}\nendstream`,
      '<< /Length 3 0 R >>\nstream\nxyz\nendstream',
    ]);
    expect(pdfStreams(pdf).map((s) => Buffer.from(s.body).toString('latin1'))).toEqual([body, 'xyz\n']);
  });
});
