import { describe, expect, it } from 'vitest';
import { employmentStatements } from './employment-statements';

const read = (text: string) =>
  employmentStatements(text).map((s) => [s.title, s.company, s.range?.start, s.range?.end, s.range?.isCurrent]);

describe('employmentStatements', () => {
  it('reads the title, the employer and the dates of a stated employment', () => {
    expect(
      read('Currently Working at NOVA ENGINEERING WORKS Since MAY 2018 to TILL DATE as a CIVIL ENGINEER.'),
    ).toEqual([['CIVIL ENGINEER', 'NOVA ENGINEERING WORKS', '2018-05-01', null, true]]);
    expect(
      read('Currently Working As Java Developer In Winsol Solution Pvt Ltd From 1 July 2017 To Till Date.'),
    ).toEqual([['Java Developer', 'Winsol Solution Pvt Ltd', '2017-07-01', null, true]]);
    expect(read('Currently working with Capgemini, Airoli as Consultant from 06th May 2013 to till the date.')).toEqual(
      [['Consultant', 'Capgemini', '2013-05-06', null, true]],
    );
  });

  it('needs dates, and an employer named close to the verb, not a label further on', () => {
    expect(read('Worked as a Java Developer at Acme Corp.')).toEqual([]);
    expect(
      read(
        'Mostly working on industry project for providing solution along with Teaching Appointments: Teach courses since 2017.',
      ),
    ).toEqual([[null, null, '2017-01-01', null, true]]);
    expect(read('Working in Java and Python since 2015.')).toEqual([[null, null, '2015-01-01', null, true]]);
  });

  it('takes a length of employment at a named employer in place of dates', () => {
    const stated = (text: string) => employmentStatements(text).map((s) => [s.title, s.company, s.durationMonths]);
    expect(stated('1. Worked as an Area Sales Manager at Northwind Motors for 6 years')).toEqual([
      ['Area Sales Manager', 'Northwind Motors', 72],
    ]);
    expect(stated('Worked with Kestrel Logistics Pvt Ltd as Sr. Executive for the last 18 months.')).toEqual([
      ['Sr. Executive', 'Kestrel Logistics Pvt Ltd', 18],
    ]);
    // No employer, no length, or a length of something else: not a position.
    expect(stated('Worked as a Java Developer for 3 years.')).toEqual([]);
    expect(stated('Worked as a Java Developer at Acme Corp.')).toEqual([]);
    expect(stated('Working at Acme Corp on a migration for 2 clients.')).toEqual([]);
  });
});
