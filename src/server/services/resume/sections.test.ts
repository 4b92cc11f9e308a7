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

  it('reads a heading written in the singular or the plural, or with one slip, when it stands alone', () => {
    expect(matchHeading('Major project:')?.name).toBe('projects');
    expect(matchHeading('• EXTRA CURRICULAR ACTIVITY')?.name).toBe('awards');
    expect(matchHeading('• SOFTWARES SKILLS')?.name).toBe('skills');
    expect(matchHeading('• PERSONAL ATRIBUTES')?.name).toBe('personal');
    expect(matchHeading('Personal Detais:')?.name).toBe('personal');
    // A single word stays exact ("Project" labels a project inside a role), and so does a line
    // that is neither in capitals nor closed by a colon.
    expect(matchHeading('Project')).toBeNull();
    expect(matchHeading('Personal detais of the team')).toBeNull();
    expect(matchHeading('Personal Detais')).toBeNull();
    // One slip, not two; and not for short headings, where one letter makes another word.
    expect(matchHeading('PERSONEL ATRIBUTES')).toBeNull();
    expect(matchHeading('SKILS')).toBeNull();
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

  it('ends a role at a bulleted heading in capitals, so activities and traits are not its achievements', () => {
    const sections = splitSections([
      'EXPERIENCE',
      'Design engineer, Acme Pumps',
      '• Designed pressure vessels',
      '• SOFTWARES SKILLS',
      '• AutoCAD',
      '• EXTRA CURRICULAR ACTIVITY',
      '• Treasurer of the student association',
      '• PERSONAL ATRIBUTES',
      '• Quick learner',
    ]);
    expect(sections.map((s) => s.name)).toEqual(['experience', 'skills', 'awards', 'personal']);
    expect(sections[0]?.lines.map((l) => l.text)).toEqual([
      'Design engineer, Acme Pumps',
      '• Designed pressure vessels',
    ]);
  });

  it("keeps a role's own project list inside the role", () => {
    const lines = ['EXPERIENCE', 'company - Acme Web', 'description - Built sites', 'Project Undertaken :'];
    const sections = splitSections([...lines, 'a) www.example.com', 'Major project:', 'b) www.example.org']);
    expect(sections.map((s) => s.name)).toEqual(['experience']);
    expect(sections[0]?.lines).toHaveLength(6);
  });
});
