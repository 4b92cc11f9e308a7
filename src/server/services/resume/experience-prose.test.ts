/**
 * Roles a block's prose states when its header does not: a length at another employer, a title in the
 * opening lines or an "I'm a … working at" sentence, and the employer a description opens with when the
 * company field names a department.
 */
import { describe, expect, it } from 'vitest';
import { parseExperience } from './experience';

const lines = (text: string) => text.split('\n').map((t, line) => ({ line, text: t }));
const values = (text: string) => parseExperience(lines(text)).map((e) => e.value);

describe('parseExperience, roles read from prose', () => {
  it('reads a role stated with a length at another employer, and the title from the opening lines', () => {
    const roles = values(
      [
        'company - Kestrel Cars India Ltd',
        'description - 1. Worked as an Area Sales Manager at Northwind Motors for 6 years',
        '2. Currently working as Manager sales in Kestrel car dealership from last 4 years',
        '3. Captained the university cricket team',
      ].join('\n'),
    );
    expect(roles.map((r) => [r.title, r.company, r.durationMonths])).toEqual([
      ['Manager sales', 'Kestrel Cars India Ltd', null],
      ['Area Sales Manager', 'Northwind Motors', 72],
    ]);
    expect(roles[1]?.guessed).toEqual(['company', 'title']);
  });

  it('reads "I am a <title> working at" as the role\'s title', () => {
    const [role] = values(
      "company - Maple Systems\ndescription - I'm a software test engineer working at Maple Systems from past 1 year.",
    );
    expect(role).toMatchObject({ title: 'software test engineer', company: 'Maple Systems' });
    expect(role?.guessed).toContain('title');
  });

  it('takes the employer from the first description line when the company field names a department', () => {
    const roles = values(
      [
        'company - Proposal & Estimation',
        'description - M/s Larkspur Engineering Ltd, Pune, Ranjangaon MIDC',
        'Role & Responsibilities:- Project execution, vendor development.',
        'company - Quality Control',
        'description - Reviewed drawings for Orion Pvt Ltd clients and prepared reports on site.',
        'company - CAREER TIMELINE',
        'description - Larch Software India Pvt. Ltd.Pune, India   Project Manager',
        'company - Harbor Technologies',
        'description - Birch Components Pvt. Ltd, Thane',
      ].join('\n'),
    );
    expect(roles.map((r) => [r.company, r.guessed.includes('company')])).toEqual([
      ['M/s Larkspur Engineering Ltd', true],
      // A sentence is no employer line; a company field that reads as a company stays.
      ['Quality Control', false],
      ['Larch Software India Pvt. Ltd.', true],
      ['Harbor Technologies', false],
    ]);
  });
});
