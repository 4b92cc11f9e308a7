import { describe, expect, it } from 'vitest';
import type { DocumentContent } from '@/lib/validators/documents';
import { withoutEmptyParagraphs } from './empty-paragraphs';

const person = { name: 'Dana Reyes', email: null, headline: null, location: null, phone: null, links: [] };

describe('withoutEmptyParagraphs', () => {
  it("takes an emptied summary paragraph out, and leaves other sections' content alone", () => {
    const resume: DocumentContent = {
      kind: 'resume',
      person,
      sections: [
        {
          type: 'summary',
          title: 'Summary',
          paragraphs: [
            { text: '  ', factIds: ['a'] },
            { text: 'Data analyst.', factIds: ['b'] },
          ],
        },
        { type: 'skills', title: 'Skills', items: [{ factId: 's', name: 'SQL' }] },
      ],
    };
    const out = withoutEmptyParagraphs(resume);
    expect(out.kind === 'resume' && out.sections).toEqual([
      { type: 'summary', title: 'Summary', paragraphs: [{ text: 'Data analyst.', factIds: ['b'] }] },
      { type: 'skills', title: 'Skills', items: [{ factId: 's', name: 'SQL' }] },
    ]);
  });

  it('keeps a letter emptied entirely as it is, so the save says what is missing', () => {
    const letter: DocumentContent = {
      kind: 'cover_letter',
      person,
      recipient: { company: 'Acme', jobTitle: 'Analyst' },
      date: '2026-12-01',
      greeting: 'Dear team,',
      paragraphs: [{ text: '', factIds: [] }],
      closing: 'Kind regards,',
    };
    expect(withoutEmptyParagraphs(letter)).toBe(letter);
  });
});
