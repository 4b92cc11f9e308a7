import { describe, expect, it } from 'vitest';
import { parseCertifications } from './certifications';

const read = (text: string) =>
  parseCertifications(text.split('\n').map((t, line) => ({ line, text: t }))).map((c) => c.value);

describe('parseCertifications', () => {
  it('reads name, issuer and date in the usual styles', () => {
    expect(
      read(
        [
          'AWS Certified Solutions Architect – Associate (2021)',
          'Professional Scrum Master I (Scrum.org, 2021)',
          '• Certified Scrum Product Owner from Scrum Alliance, 2018',
          'Tableau Desktop Specialist — Tableau, 2019',
          'Oracle Certified Professional, Java SE 8 Programmer — Oracle, 2017',
          'SHRM Certified Professional (SHRM-CP), 2020',
        ].join('\n'),
      ),
    ).toEqual([
      { name: 'AWS Certified Solutions Architect – Associate', issuer: null, date: '2021-01-01', precision: 'year' },
      { name: 'Professional Scrum Master I', issuer: 'Scrum.org', date: '2021-01-01', precision: 'year' },
      { name: 'Certified Scrum Product Owner', issuer: 'Scrum Alliance', date: '2018-01-01', precision: 'year' },
      { name: 'Tableau Desktop Specialist', issuer: 'Tableau', date: '2019-01-01', precision: 'year' },
      {
        name: 'Oracle Certified Professional, Java SE 8 Programmer',
        issuer: 'Oracle',
        date: '2017-01-01',
        precision: 'year',
      },
      { name: 'SHRM Certified Professional (SHRM-CP)', issuer: null, date: '2020-01-01', precision: 'year' },
    ]);
  });

  it('says how much of the date the line gave', () => {
    expect(
      read(
        [
          'Azure Fundamentals — Microsoft, March 2022',
          'CCNA — Cisco, 2018 - 2021',
          'Six Sigma Green Belt',
          'PMP, 15/06/2020',
        ].join('\n'),
      ),
    ).toEqual([
      { name: 'Azure Fundamentals', issuer: 'Microsoft', date: '2022-03-01', precision: 'month' },
      { name: 'CCNA', issuer: 'Cisco', date: '2021-01-01', precision: 'year' },
      { name: 'Six Sigma Green Belt', issuer: null, date: null, precision: 'unknown' },
      { name: 'PMP', issuer: null, date: '2020-06-15', precision: 'day' },
    ]);
  });

  it('reads "by" as an issuer label only as a word, and a long run of spaces without stalling', () => {
    // "Ruby" ends in "by": it was cut into the name "Ru" and the issuer "Certification".
    expect(read('Ruby Certification')).toMatchObject([{ name: 'Ruby Certification', issuer: null }]);
    expect(read('Certified Kubernetes Administrator by CNCF')).toMatchObject([
      { name: 'Certified Kubernetes Administrator', issuer: 'CNCF' },
    ]);
    // The label's leading spaces were matched from every position of a run (cubic: 3,000 spaces took
    // 7 s, 5,000 about half a minute); this hangs past the test's timeout on the old pattern.
    expect(read(`AWS${' '.repeat(5000)}x`)).toHaveLength(1);
  });
});
