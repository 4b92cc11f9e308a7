import { describe, expect, it } from 'vitest';
import type { DocumentContent, DocumentQuality } from '@/lib/validators/documents';
import { qualityScore, roleCompleteness } from './compute-quality';

const perfect: DocumentQuality = {
  keywordCoverageBefore: 0.5,
  keywordCoverageAfter: 1,
  keywordsTargeted: 4,
  keywordsUsed: ['SQL', 'Tableau', 'Python', 'Excel'],
  sectionsPresent: ['summary', 'experience', 'skills', 'education'],
  wordCount: 400,
  pages: 1,
  readingGrade: 10,
};

describe('qualityScore', () => {
  it('gives a complete resume full marks', () => {
    expect(qualityScore(perfect, 'resume')).toBe(100);
    expect(qualityScore({ ...perfect, rolesShown: 2, rolesIncomplete: 0 }, 'resume')).toBe(100);
  });

  it('does not give full marks to roles shown without a title or an employer', () => {
    // A resume whose two roles showed only their dates scored "Quality 100/100" (a walk).
    expect(qualityScore({ ...perfect, rolesShown: 2, rolesIncomplete: 2 }, 'resume')).toBe(95);
    expect(qualityScore({ ...perfect, rolesShown: 2, rolesIncomplete: 1 }, 'resume')).toBe(98);
  });
});

describe('roleCompleteness', () => {
  it('counts the roles shown and those without a title or an employer', () => {
    const role = (title: string | null, company: string | null) => ({
      factId: 'f',
      title,
      company,
      location: null,
      start: null,
      end: null,
      isCurrent: false,
      bullets: [],
    });
    const content = {
      kind: 'resume',
      sections: [
        {
          type: 'experience',
          title: 'Experience',
          items: [role('Analyst', 'Acme'), role(' ', 'Acme'), role('Lead', null)],
        },
      ],
    } as unknown as DocumentContent;
    expect(roleCompleteness(content)).toEqual({ rolesShown: 3, rolesIncomplete: 2 });
  });
});
