import { describe, expect, it } from 'vitest';
import { parseExperience } from './experience';

const lines = (text: string) => text.split('\n').map((t, line) => ({ line, text: t }));
const values = (text: string) => parseExperience(lines(text)).map((e) => e.value);

describe('parseExperience', () => {
  it('reads title, company, location, dates and bullets', () => {
    const [first, second] = parseExperience(
      lines(
        [
          'Senior Software Engineer — Acme Analytics, Inc., Austin, TX',
          'Jan 2019 – Present',
          '• Led a team of five engineers rebuilding the reporting',
          'platform in React.',
          '• Cut latency by 80%.',
          'Software Engineer | Bluebird LLC | 03/2016 to 12/2018',
          '- Built route planning.',
        ].join('\n'),
      ),
    );
    expect(first?.value).toEqual({
      title: 'Senior Software Engineer',
      company: 'Acme Analytics, Inc.',
      location: 'Austin, TX',
      startDate: '2019-01-01',
      endDate: null,
      isCurrent: true,
      achievements: ['Led a team of five engineers rebuilding the reporting platform in React.', 'Cut latency by 80%.'],
    });
    expect(first?.source).toEqual({
      section: 'experience',
      line: 0,
      text: 'Senior Software Engineer — Acme Analytics, Inc., Austin, TX',
    });
    expect(first?.confidence).toBeGreaterThan(0.9);
    expect(second?.value).toMatchObject({
      title: 'Software Engineer',
      company: 'Bluebird LLC',
      startDate: '2016-03-01',
      endDate: '2018-12-01',
    });
  });

  it('reads "Title at Company" and company-first headers', () => {
    expect(values('Data Analyst at Northwind Traders\n2017 – 2019\n• Reports')[0]).toMatchObject({
      title: 'Data Analyst',
      company: 'Northwind Traders',
      startDate: '2017-01-01',
      endDate: '2019-01-01',
    });
    expect(values('Globex Corporation, Springfield, IL\nProduct Manager\nMay 2015 - Current')[0]).toMatchObject({
      title: 'Product Manager',
      company: 'Globex Corporation',
      location: 'Springfield, IL',
      isCurrent: true,
    });
  });

  it('reads "company - X" / "description - Y" fields', () => {
    const [entry] = values('company - Ernst & Young LLP\ndescription - Fraud analytics platform\n* Built classifiers');
    expect(entry).toMatchObject({
      company: 'Ernst & Young LLP',
      title: '',
      achievements: ['Fraud analytics platform', 'Built classifiers'],
    });
    expect(values('company - A Ltd\ncompany - B Ltd').map((e) => e.company)).toEqual(['A Ltd', 'B Ltd']);
  });

  it('lowers confidence for incomplete positions and skips non-positions', () => {
    const [entry] = parseExperience(lines('Acme Corp\n• Did things'));
    expect(entry?.confidence).toBeLessThan(0.6);
    expect(parseExperience(lines('• just a bullet'))).toEqual([]);
  });
});
