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
      { name: 'AWS Certified Solutions Architect – Associate', issuer: null, date: '2021-01-01' },
      { name: 'Professional Scrum Master I', issuer: 'Scrum.org', date: '2021-01-01' },
      { name: 'Certified Scrum Product Owner', issuer: 'Scrum Alliance', date: '2018-01-01' },
      { name: 'Tableau Desktop Specialist', issuer: 'Tableau', date: '2019-01-01' },
      { name: 'Oracle Certified Professional, Java SE 8 Programmer', issuer: 'Oracle', date: '2017-01-01' },
      { name: 'SHRM Certified Professional (SHRM-CP)', issuer: null, date: '2020-01-01' },
    ]);
  });
});
