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
      startPrecision: 'month',
      endDate: null,
      endPrecision: 'unknown',
      isCurrent: true,
      durationMonths: null,
      description: null,
      achievements: ['Led a team of five engineers rebuilding the reporting platform in React.', 'Cut latency by 80%.'],
      guessed: [],
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
      description: 'Fraud analytics platform',
      achievements: ['Built classifiers'],
    });
    expect(values('company - A Ltd\ncompany - B Ltd').map((e) => e.company)).toEqual(['A Ltd', 'B Ltd']);
  });

  it('does not take a bullet that lost its glyph for the next role (DOCX lists)', () => {
    const roles = values(
      [
        'Senior Frontend Engineer — Acme Analytics',
        'Austin, TX | Jan 2019 – Present',
        'Built a design system used by forty engineers',
        'Cut the bundle size by a third',
        'Frontend Engineer — Bluebird Logistics LLC',
        'Remote | Jun 2016 – Dec 2018',
        'Moved the dashboards to React',
      ].join('\n'),
    );
    expect(roles.map((r) => [r.title, r.company, r.location, r.startDate, r.endDate])).toEqual([
      ['Senior Frontend Engineer', 'Acme Analytics', 'Austin, TX', '2019-01-01', null],
      ['Frontend Engineer', 'Bluebird Logistics LLC', 'Remote', '2016-06-01', '2018-12-01'],
    ]);
  });

  it('splits "Title, Company" when one part reads as a title, and keeps departments with the title', () => {
    const [role] = parseExperience(
      lines('Senior Frontend Engineer, Acme Analytics  Jan 2019 – Present\nShipped the new checkout'),
    );
    expect(role?.value).toMatchObject({ title: 'Senior Frontend Engineer', company: 'Acme Analytics', guessed: [] });
    expect(values('Director, Product Management | Globex Corporation | 2015 – 2019')[0]).toMatchObject({
      title: 'Director, Product Management',
      company: 'Globex Corporation',
    });
  });

  it('reads company-first headers with the title and dates on the next line', () => {
    expect(
      values('Northwind Traders, Seattle, WA\nData Analyst  Mar 2017 – Feb 2019\n• Built reports').map((r) => [
        r.title,
        r.company,
        r.location,
        r.startDate,
      ]),
    ).toEqual([['Data Analyst', 'Northwind Traders', 'Seattle, WA', '2017-03-01']]);
  });

  it('keeps a role with no dates or title, and reads what the description says', () => {
    const roles = values(
      [
        'company - Wipro Technologies',
        'description - Currently working as Java Developer in Wipro from 1 July 2017 to till date.',
        'company - Aegis school of Data & Business',
        'description - Data Science Intern, Nov 2015 to Jan 2016',
        'company - Matelabs',
        'description -',
      ].join('\n'),
    );
    expect(roles.map((r) => [r.title, r.company, r.startDate, r.endDate, r.isCurrent, r.guessed])).toEqual([
      ['Java Developer', 'Wipro Technologies', '2017-07-01', null, true, ['dates', 'title']],
      ['Data Science Intern', 'Aegis school of Data & Business', '2015-11-01', '2016-01-01', false, ['title']],
      ['', 'Matelabs', null, null, false, []],
    ]);
  });

  it('reads labelled designation and duration fields, and lengths of time', () => {
    const roles = parseExperience(
      lines(
        [
          'Designation: Business Analyst',
          'Company: Globex Corporation',
          'Duration: 2 years',
          'Designation: Site Engineer',
          'Company: Alia Construction Pvt Ltd',
          'Period: 12/05/2018 to Present',
        ].join('\n'),
      ),
    );
    expect(roles.map((r) => r.value)).toMatchObject([
      { title: 'Business Analyst', company: 'Globex Corporation', startDate: null, durationMonths: 24 },
      { title: 'Site Engineer', startDate: '2018-12-05', startPrecision: 'day', isCurrent: true },
    ]);
    expect(roles[1]?.confidence).toBeGreaterThan(0.9);
  });

  it('never gives a guessed field high confidence', () => {
    const [role] = parseExperience(
      lines('company - Wipro\ndescription - Working as Software Engineer in Wipro since Jan 2019.'),
    );
    expect(role?.value.guessed).toContain('title');
    expect(role?.confidence).toBeLessThanOrEqual(0.6);
  });

  it('lowers confidence for incomplete positions and skips non-positions', () => {
    const [entry] = parseExperience(lines('Acme Corp\n• Did things'));
    expect(entry?.confidence).toBeLessThan(0.6);
    expect(parseExperience(lines('• just a bullet'))).toEqual([]);
    expect(
      values('Over ten years in retail and logistics\nData Analyst — Acme Corp\n2019 – 2021').map((r) => r.title),
    ).toEqual(['Data Analyst']);
  });
});
