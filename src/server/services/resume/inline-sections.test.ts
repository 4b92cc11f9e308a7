/**
 * Sections a flattened export runs together, seen on import of a real resume (the text here is made
 * up): an achievements list inside the skills paragraph, certificates listed as achievements, and a
 * projects heading that starts with "Internship".
 */
import { describe, expect, it } from 'vitest';
import { parseResume } from './parse-resume';

const FLAT = [
  'TECHNICAL SKILLS Languages: Java, SQL. Operating System: Windows XP, 7, 8, 10. ACHIEVEMENT • Java Developer Certificate from Northwind Institute. • Won the college quiz. • Cloud Basics certificate from Udemy. JOB DETAILS Education Details ',
  'January 2018 M.C.A  Pune, Maharashtra Pune University',
  'Company Details',
  'company - Northwind Traders',
  'description - Built billing screens in Java.',
  '',
  'INTERNSHIP PROJECT DETAILS',
  '#1 Title: Harbour Tickets',
  '• Duration: 4 Months.',
  '• Abstract: A ticket booking site built with Java and MySQL. Users can share a booking on Facebook or any other social media directly.',
].join('\n');

describe('sections inside a flattened line', () => {
  it('reads an all-caps ACHIEVEMENT heading inside the skills line, and the certificates it lists', () => {
    const d = parseResume(FLAT);
    expect(d.certifications.map((c) => [c.value.name, c.value.issuer])).toEqual([
      ['Java Developer Certificate', 'Northwind Institute'],
      ['Cloud Basics certificate', 'Udemy'],
    ]);
    // "10. ACHIEVEMENT" was offered as a skill: the list's last item and the heading glued together.
    expect(d.skills.map((s) => s.value.name)).not.toContain('10. ACHIEVEMENT');
    expect(d.education.map((e) => e.value.degree)).toEqual(['M.C.A']);
  });

  it('reads "INTERNSHIP PROJECT DETAILS" as a projects heading, not as an internship role', () => {
    const d = parseResume(FLAT);
    expect(d.projects.map((p) => p.value.name)).toEqual(['Harbour Tickets']);
    expect(d.experience.map((e) => e.value.company)).toEqual(['Northwind Traders']);
  });

  it('does not claim Social Media Marketing from a sentence that mentions social media', () => {
    const names = parseResume(FLAT).skills.map((s) => s.value.name);
    expect(names).toEqual(expect.arrayContaining(['Java', 'MySQL']));
    expect(names).not.toContain('Social Media Marketing');
    const listed = parseResume(
      [
        'Jordan Vale',
        'jordan.vale@example.com',
        'Skills',
        'SEO, Social Media, Copywriting',
        'Experience',
        'Marketing Lead, Initech, 2019 - 2023',
      ].join('\n'),
    );
    expect(listed.skills.map((s) => s.value.name)).toContain('Social Media Marketing');
    // A sentence about marketing through it does name the skill.
    const prose = parseResume(
      [
        'Jordan Vale',
        'jordan.vale@example.com',
        'Experience',
        'Events Officer, Initech, 2019 - 2023',
        'Promoted each concert through social media and direct mail.',
      ].join('\n'),
    );
    expect(prose.skills.map((s) => s.value.name)).toContain('Social Media Marketing');
  });

  it('takes from Achievements only what names a certificate, not awards or plans', () => {
    const d = parseResume(
      [
        'Jordan Vale',
        'jordan.vale@example.com',
        'Achievements',
        '• Certificate of Excellence for outstanding sales in 2019.',
        '• Preparing for the Cloud Certified Developer exam.',
        '• Completed the internal certification of Data Handling.',
        '• Scrum Master certification',
        'Skills',
        'Java, SQL',
      ].join('\n'),
    );
    expect(d.certifications.map((c) => c.value.name)).toEqual(['Scrum Master certification']);
  });

  it('leaves an all-caps word inside a sentence where it is', () => {
    const d = parseResume(
      ['Summary', 'Led the ACHIEVEMENT program for new hires. Built tools.', 'Skills', 'Java, SQL'].join('\n'),
    );
    expect(d.summary?.value).toMatch(/ACHIEVEMENT program/);
    expect(d.certifications).toEqual([]);
  });
});
