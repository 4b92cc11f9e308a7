/**
 * Cover letter exports: every template and format carries the letter whole, its parts (date and
 * subject, greeting, paragraphs, closing) stay apart, and PDF and DOCX read back in order.
 */
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type DocumentTemplate } from '@/lib/validators/documents';
import { exportDocument } from '@/server/services/documents/export';
import { getTemplate, listTemplates } from '@/server/services/documents/templates';
import { extractResumeText } from '@/server/services/resume/extract-text';
import { coverLetter } from './helpers/document-samples';

const ats = getTemplate('ats-friendly') as DocumentTemplate;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('cover letters', () => {
  it('render in every format with the company, the role and every paragraph', async () => {
    for (const template of listTemplates()) {
      for (const format of EXPORT_FORMATS) {
        const file = await exportDocument(coverLetter, template, format);
        expect(file.bytes.byteLength).toBeGreaterThan(100);
        if (format === 'pdf' || format === 'docx') continue;
        const text = decode(file.bytes);
        expect(text, `${template.id} ${format}`).toContain('Northwind Traders');
        expect(text, `${template.id} ${format}`).toContain('Lead Data Analyst');
        expect(text, `${template.id} ${format}`).toContain(
          'At Acme Corp I built Tableau dashboards used by 40 stores.',
        );
      }
    }
  });

  it("keep a blank line between the letter's parts in text and Markdown, and space its paragraphs in HTML", async () => {
    const text = decode((await exportDocument(coverLetter, ats, 'txt')).bytes);
    expect(text).toContain('Re: Lead Data Analyst\n\nDear Hiring Team,\n\nI am applying');
    expect(text).toContain('Northwind Traders.\n\nAt Acme Corp');
    expect(text).toContain('your team.\n\nKind regards,\nJane Doe');
    const md = decode((await exportDocument(coverLetter, ats, 'md')).bytes);
    // The contact line and the date are two paragraphs, and so are the subject and the greeting.
    expect(md).toMatch(/jane\.doe@example\.com\n\nMarch 14, 2026/);
    expect(md).toMatch(/Re: Lead Data Analyst {2}\n\nDear Hiring Team,/);
    const html = decode((await exportDocument(coverLetter, ats, 'html')).bytes);
    expect(html).toMatch(/section\.letter\{margin:0 0 [\d.]+em\}/);
  });

  it('read back from PDF and DOCX with the paragraphs in order', async () => {
    for (const format of ['pdf', 'docx'] as const) {
      const file = await exportDocument(coverLetter, ats, format);
      const { text } = await extractResumeText({ bytes: file.bytes, filename: `letter.${file.extension}` });
      const flat = text.replace(/\s+/g, ' ');
      const order = [
        'Jane Doe',
        'March 14, 2026',
        'Northwind Traders',
        'Re: Lead Data Analyst',
        'Dear Hiring Team,',
        'I am applying',
        'At Acme Corp',
        'I would welcome',
        'Kind regards,',
      ];
      const at = order.map((s) => flat.indexOf(s));
      expect(
        at.every((i) => i >= 0),
        `${format}: ${flat}`,
      ).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  });
});
