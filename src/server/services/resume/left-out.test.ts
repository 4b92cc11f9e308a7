import { describe, expect, it } from 'vitest';
import { jsonResumeToDraft } from './json-resume-import';
import { parseResume } from './parse-resume';

const resume = [
  'Priya Natarajan',
  'priya@example.com',
  'EXPERIENCE',
  'Design Engineer, Larkspur Engineering, Jul 2018 - Present',
  '• Designed pressure vessels',
  'SKILLS',
  'AutoCAD, SolidWorks',
  'EXTRA CURRICULAR ACTIVITIES',
  '• Organised a national technical event for 400 students',
  '• Treasurer of the student association',
  'AWARDS',
  '• Best Paper Award, ICME 2017',
  '• AWS Certified Cloud Practitioner certificate',
  'HOBBIES',
  'Chess, trekking',
  'PERSONAL DETAILS',
  'Date of birth: 01/01/1995',
].join('\n');

describe('parseResume: what the profile has no place for', () => {
  it('lists activities, awards, interests and traits it did not import, with their lines', () => {
    const draft = parseResume(resume);
    expect(draft.leftOut).toEqual([
      {
        heading: 'EXTRA CURRICULAR ACTIVITIES',
        lines: ['Organised a national technical event for 400 students', 'Treasurer of the student association'],
      },
      // The certificate line went to Certifications; the award itself has no place.
      { heading: 'AWARDS', lines: ['Best Paper Award, ICME 2017'] },
      { heading: 'HOBBIES', lines: ['Chess, trekking'] },
    ]);
    // Personal data (a birth date) is neither imported nor offered back.
    expect(JSON.stringify(draft.leftOut)).not.toContain('1995');
    expect(draft.certifications.map((c) => c.value.name)).toEqual(['AWS Certified Cloud Practitioner certificate']);
  });

  it('lists nothing when every section found a place', () => {
    const plain = [
      'Ana Silva',
      'ana@example.com',
      'EXPERIENCE',
      'Data Analyst, Globex, 2019 - 2022',
      'SKILLS',
      'Python, SQL',
    ];
    expect(parseResume(plain.join('\n')).leftOut).toEqual([]);
  });

  it("lists a JSON Resume file's awards, volunteering and interests, skipping a malformed entry", () => {
    const draft = jsonResumeToDraft({
      basics: { name: 'Ana Silva' },
      awards: [{ title: 'Best Paper Award', awarder: 'ICME', date: '2017' }, 42],
      volunteer: [{ organization: 'Code Club', position: 'Mentor', summary: 'Taught Python to teenagers' }],
      interests: [{ name: 'Chess', keywords: ['openings'] }],
    });
    expect(draft.leftOut).toEqual([
      { heading: 'Awards', lines: ['Best Paper Award, ICME, 2017'] },
      { heading: 'Volunteering', lines: ['Mentor, Code Club, Taught Python to teenagers'] },
      { heading: 'Interests', lines: ['Chess, openings'] },
    ]);
  });
});
