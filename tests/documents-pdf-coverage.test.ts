/**
 * What a PDF cannot draw: no embedded font has CJK or emoji glyphs, so the PDF leaves them out.
 * The document page says which characters before the seeker downloads it (the DOCX keeps them),
 * and a left-out character leaves no stray space before the punctuation that followed it.
 */
import { describe, expect, it } from 'vitest';
import type { CoverLetterContent, DocumentTemplate, ResumeContent } from '@/lib/validators/documents';
import { exportDocument } from '@/server/services/documents/export';
import { pdfLeavesOut } from '@/server/services/documents/export/pdf-coverage';
import { getTemplate, listTemplates } from '@/server/services/documents/templates';
import { extractResumeText } from '@/server/services/resume/extract-text';
import { coverLetter, richResume } from './helpers/document-samples';

const ats = getTemplate('ats-friendly') as DocumentTemplate;

describe('pdfLeavesOut', () => {
  it('names the characters the PDF cannot draw, once each, and no letter it can', () => {
    // A walk: "Zoë Łukasz-Nguyễn 陈 👩‍🔧" printed as "Zoë Łukasz-Nguyễn" with no warning.
    const person = { ...richResume.person, name: 'Zoë Łukasz-Nguyễn 陈 👩‍🔧', headline: 'Engineer 陈 🚑' };
    const content: ResumeContent = { ...richResume, person };
    for (const template of listTemplates()) {
      const missing = pdfLeavesOut(content, template);
      expect(missing, template.id).toEqual(expect.arrayContaining(['陈', '👩', '🔧', '🚑']));
      expect(
        missing.filter((c) => c === '陈'),
        template.id,
      ).toHaveLength(1);
      expect(missing.join(''), template.id).not.toMatch(/[ZoëŁukaszNguyễnE]/u);
    }
    expect(pdfLeavesOut(richResume, ats)).toEqual([]);
  });
});

describe('a left-out character in a PDF', () => {
  it('leaves no space before the punctuation after it', async () => {
    // "Thank you for your consideration 🙂." read "Thank you for your consideration ."
    const letter: CoverLetterContent = {
      ...coverLetter,
      paragraphs: [{ text: 'Thank you for your consideration 🙂. Łódź, 陈 (remote).', factIds: ['person:name'] }],
    };
    const file = await exportDocument(letter, ats, 'pdf');
    const { text } = await extractResumeText({ bytes: file.bytes, filename: 'letter.pdf' });
    expect(text).toContain('Thank you for your consideration. Łódź, (remote).');
  });
});
