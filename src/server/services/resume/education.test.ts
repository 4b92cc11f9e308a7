import { describe, expect, it } from 'vitest';
import { parseEducation } from './education';

const values = (text: string) =>
  parseEducation(text.split('\n').map((t, line) => ({ line, text: t }))).map((e) => e.value);

describe('parseEducation', () => {
  it('keeps a campus joined to its university by a dash without spaces', () => {
    // "University of Wisconsin–Milwaukee" was kept as "University of Wisconsin" (a walk).
    expect(values('B.S. Engineering, University of Wisconsin–Milwaukee, 2011 – 2015')[0]).toMatchObject({
      institution: 'University of Wisconsin–Milwaukee',
      startDate: '2011-01-01',
      endDate: '2015-01-01',
    });
    expect(values('B.A. History — University of Texas — Austin, 2010')[0]?.institution).toBe('University of Texas');
    // An em dash without spaces still separates a place (a review).
    expect(values('B.S. Biology, Stanford University—Stanford, CA, 2014')[0]?.institution).toBe('Stanford University');
  });

  it('reads degree, field, institution and years', () => {
    expect(values('B.Sc. in Computer Science — University of Texas at Austin, 2011 – 2015')).toEqual([
      {
        degree: 'B.Sc.',
        fieldOfStudy: 'Computer Science',
        institution: 'University of Texas at Austin',
        startDate: '2011-01-01',
        endDate: '2015-01-01',
      },
    ]);
    expect(values('Master of Business Administration, Stanford University, 2019')[0]).toMatchObject({
      degree: 'Master of Business Administration',
      institution: 'Stanford University',
      endDate: '2019-01-01',
    });
  });

  it('reads the compact styles of exported resumes', () => {
    expect(values('January 2017 MBA  Chidambaram, Tamil Nadu SNS College of Engineering')[0]).toMatchObject({
      degree: 'MBA',
      institution: 'SNS College of Engineering',
      endDate: '2017-01-01',
    });
    expect(values('May 2013 to May 2017 B.E   UIT-RGPV')[0]).toMatchObject({
      degree: 'B.E',
      institution: 'UIT-RGPV',
      startDate: '2013-05-01',
    });
    expect(values('PhD, Physics\nMassachusetts Institute of Technology\n2010 - 2015')[0]).toMatchObject({
      degree: 'PhD',
      fieldOfStudy: 'Physics',
      institution: 'Massachusetts Institute of Technology',
      startDate: '2010-01-01',
    });
    expect(values('Diploma Mechanical Engg Mumbai, Maharashtra Institute of Mechanical Engg')[0]?.degree).toBe(
      'Diploma',
    );
  });

  it('gives the degrees under an institution line to that institution, with its dates', () => {
    expect(
      values(
        'University of Michigan — Ann Arbor, MI\nMaster of Business Administration, May 2020\nBachelor of Arts in Economics, 2014',
      ),
    ).toEqual([
      {
        institution: 'University of Michigan',
        degree: 'Master of Business Administration',
        fieldOfStudy: null,
        startDate: null,
        endDate: '2020-05-01',
      },
      {
        institution: 'University of Michigan',
        degree: 'Bachelor of Arts',
        fieldOfStudy: 'Economics',
        startDate: null,
        endDate: '2014-01-01',
      },
    ]);
    // A state after its city ("Cambridge, MA") is no Master of Arts.
    expect(
      values('Massachusetts Institute of Technology | Cambridge, MA | Sep 2012 – Jun 2016\nBSc Mechanical Engineering'),
    ).toEqual([
      {
        institution: 'Massachusetts Institute of Technology',
        degree: 'BSc',
        fieldOfStudy: 'Mechanical Engineering',
        startDate: '2012-09-01',
        endDate: '2016-06-01',
      },
    ]);
  });

  it('reads a degree after its university, and keeps a college line under a degree with that degree', () => {
    expect(values('Stanford University, MS in Computer Science, 2018').map((e) => [e.institution, e.degree])).toEqual([
      ['Stanford University', 'MS'],
    ]);
    expect(values('Columbia University, MA Economics').map((e) => [e.institution, e.degree])).toEqual([
      ['Columbia University', 'MA'],
    ]);
    expect(
      values('B.E. Computer Engineering | University of Mumbai\nShah College of Engineering | 2014 - 2018').map((e) => [
        e.degree,
        e.startDate,
        e.endDate,
      ]),
    ).toEqual([['B.E.', '2014-01-01', '2018-01-01']]);
    expect(
      values('B.E. Mechanical, University of Pune, 2016\nD.Y. Patil College of Engineering, Pune\nHSC, 2012').map(
        (e) => [e.degree, e.institution],
      ),
    ).toEqual([
      ['B.E.', 'University of Pune'],
      ['HSC', ''],
    ]);
  });

  it('still reads degree-first entries with the institution on the next line', () => {
    expect(
      values('B.Sc. Computer Science\nUniversity of Pune, 2014\nM.Sc. Data Science\nUniversity of Mumbai, 2016').map(
        (e) => [e.degree, e.institution, e.endDate],
      ),
    ).toEqual([
      ['B.Sc.', 'University of Pune', '2014-01-01'],
      ['M.Sc.', 'University of Mumbai', '2016-01-01'],
    ]);
  });

  it('ignores lines that name no degree or school', () => {
    expect(values('Won the chess trophy')).toEqual([]);
  });

  it('takes the dated line right under a degree as its school when the school has no tell-tale word', () => {
    // A two-column PDF: "M.Sc. Data Science" then "TU Berlin, 2016"; the year was kept, the school lost.
    expect(values('M.Sc. Data Science\nTU Berlin, 2016')).toMatchObject([
      { degree: 'M.Sc.', fieldOfStudy: 'Data Science', institution: 'TU Berlin', endDate: '2016-01-01' },
    ]);
    expect(values('MBA\nINSEAD, 2017 – 2019')).toMatchObject([
      { degree: 'MBA', institution: 'INSEAD', startDate: '2017-01-01' },
    ]);
    // A grade, a thesis or coursework under the degree is not a school.
    for (const line of [
      'First Class with Distinction, 2016',
      'GPA 3.8, 2016',
      'Thesis: Graph neural networks, 2016',
      'Dean’s list 2015',
    ])
      expect(values(`BSc Computer Science\n${line}`)[0]?.institution).toBe('');
  });
});
