import { describe, expect, it } from 'vitest';
import { matchHeading, splitSections } from './sections';

describe('matchHeading', () => {
  it('recognises standalone headings with or without colon, any case', () => {
    expect(matchHeading('EXPERIENCE')?.name).toBe('experience');
    expect(matchHeading('Work History:')?.name).toBe('experience');
    expect(matchHeading('  Education Details ')?.name).toBe('education');
    expect(matchHeading('Technical Skills')?.name).toBe('skills');
    expect(matchHeading('• Career Objective')?.name).toBe('summary');
    expect(matchHeading('Languages Known:')?.name).toBe('languages');
  });

  it('recognises inline headings and keeps their content', () => {
    expect(matchHeading('Skills * Programming Languages: Python, SQL')).toEqual({
      name: 'skills',
      heading: 'Skills',
      rest: 'Programming Languages: Python, SQL',
    });
    expect(matchHeading('TECHNICAL SKILLS • Typewriting • SPSS')?.rest).toBe('Typewriting • SPSS');
    expect(matchHeading('Technical Skills Web Technologies: Angular JS')?.name).toBe('skills');
  });

  it('does not take sentences for headings', () => {
    expect(matchHeading('Experience in handling projects in agile methodology.')).toBeNull();
    expect(matchHeading('Education is important to me')).toBeNull();
    expect(matchHeading('Led the team')).toBeNull();
  });
});

describe('splitSections', () => {
  it('splits lines into header and sections, with 0-based line numbers', () => {
    const sections = splitSections([
      'Jane Doe',
      'jane@example.com',
      '',
      'Skills: Python, Go',
      'Languages: English',
      'EXPERIENCE',
      'Engineer at Acme',
    ]);
    expect(sections.map((s) => s.name)).toEqual(['header', 'skills', 'experience']);
    expect(sections[1]?.lines).toEqual([
      { line: 3, text: 'Python, Go' },
      { line: 4, text: 'Languages: English' }, // a sub-list inside Skills, not a new section
    ]);
    expect(sections[2]?.lines).toEqual([{ line: 6, text: 'Engineer at Acme' }]);
  });
});
