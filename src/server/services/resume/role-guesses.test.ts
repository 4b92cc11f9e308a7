/**
 * What a role's own description says about it when its header does not (role-guesses.ts), through
 * parseExperience: a title or dates on the description's first line, in a sentence, or in a header
 * line further down, and never a project's dates.
 */
import { describe, expect, it } from 'vitest';
import { parseExperience } from './experience';

const lines = (text: string) => text.split('\n').map((t, line) => ({ line, text: t }));
const values = (text: string) => parseExperience(lines(text)).map((e) => e.value);

describe('parseExperience: a role read from its description', () => {
  it('keeps a role with no dates or title, and reads what the description says', () => {
    const roles = values(
      [
        'company - Wipro Technologies',
        'description - Currently working as Java Developer in Wipro from 1 July 2017 to till date.',
        'company - Aegis school of Data & Business',
        'description - Data Science Intern, Nov 2015 to Jan 2016',
        'company - Matelabs',
        'description -',
        // Seen on a walk: the dates were read, the title before "from" was not.
        'company - Bharat Heat Exchangers',
        'description - Junior Design Engineer from Jun 2016 to Jun 2018.',
      ].join('\n'),
    );
    expect(roles.map((r) => [r.title, r.company, r.startDate, r.endDate, r.isCurrent, r.guessed])).toEqual([
      ['Java Developer', 'Wipro Technologies', '2017-07-01', null, true, ['dates', 'title']],
      ['Data Science Intern', 'Aegis school of Data & Business', '2015-11-01', '2016-01-01', false, ['title']],
      ['', 'Matelabs', null, null, false, []],
      ['Junior Design Engineer', 'Bharat Heat Exchangers', '2016-06-01', '2018-06-01', false, ['title']],
    ]);
  });

  it("reads a role's header line that follows its description, but not a project's dates", () => {
    const roles = values(
      [
        // Seen on a walk: the "dates, title" line came second, and the role kept neither.
        'company - Larkspur Engineering Pvt Ltd',
        'description - Design of pressure vessels and heat exchangers for process plants.',
        'Jul 2018 to Present, Design Engineer',
        '• Prepared BOMs for 40 vessels',
        'company - Orion Controls',
        'description - Commissioning of boiler control panels at client sites.',
        'Project: Boiler retrofit',
        'Jan 2017 to Mar 2017, Site Engineer',
      ].join('\n'),
    );
    expect(roles.map((r) => [r.title, r.company, r.startDate, r.isCurrent, r.guessed])).toEqual([
      ['Design Engineer', 'Larkspur Engineering Pvt Ltd', '2018-07-01', true, ['dates', 'title']],
      // After a project opens, a date line is the project's.
      ['', 'Orion Controls', null, false, []],
    ]);
  });
});
