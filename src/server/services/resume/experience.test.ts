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
    // A list number glued to the value is the list's, not the employer's; "3M" and "2.0 Labs" keep theirs.
    expect(
      values('company - 1.Infosys Limited\ncompany - 8)POSITRON INTERNET\ncompany - 3M\ncompany - 2.0 Labs').map(
        (e) => e.company,
      ),
    ).toEqual(['Infosys Limited', 'POSITRON INTERNET', '3M', '2.0 Labs']);
    expect(values('company - 99.co').map((e) => e.company)).toEqual(['99.co']);
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

  it("tells the employer from its city when the city is also a state's name", () => {
    const [role] = values('Analyst\nGlobex Inc., New York, NY\nJune 2015 – February 2019\n• Built models');
    expect(role).toMatchObject({ title: 'Analyst', company: 'Globex Inc.', location: 'New York, NY' });
    expect(values('Analyst — Initech, Austin, Texas, USA\n2015 – 2019')[0]).toMatchObject({
      company: 'Initech',
      location: 'Austin, Texas, USA',
    });
  });

  it('gives the roles under an employer line to that employer (promotions), as a guess', () => {
    const roles = values(
      'Acme Corp, Boston, MA\nSenior Analyst, 2020 – Present\n• Led team\nAnalyst, 2017 – 2020\n• Built reports',
    );
    expect(roles.map((r) => [r.title, r.company, r.location, r.startDate, r.guessed])).toEqual([
      ['Senior Analyst', 'Acme Corp', 'Boston, MA', '2020-01-01', []],
      ['Analyst', 'Acme Corp', 'Boston, MA', '2017-01-01', ['company']],
    ]);
    // A role of another kind after them is not taken for one more there.
    const after = values(
      'Acme Corp, Boston, MA\nSenior Analyst, 2020 – Present\nAnalyst, 2017 – 2020\nFreelance Consultant, 2015 – 2017',
    );
    expect(after.map((r) => [r.title, r.company])).toEqual([
      ['Senior Analyst', 'Acme Corp'],
      ['Analyst', 'Acme Corp'],
      ['Freelance Consultant', ''],
    ]);
    // Title-first layouts: a role with no employer of its own keeps none.
    const own = values(
      'Software Engineer\nGlobex Corporation\n2018 – 2020\n• APIs\nFreelance Developer\n2015 – 2018\n• Sites',
    );
    expect(own.map((r) => [r.title, r.company])).toEqual([
      ['Software Engineer', 'Globex Corporation'],
      ['Freelance Developer', ''],
    ]);
  });

  it('keeps a description line with a year in brackets in its role', () => {
    const roles = values(
      'Software Engineer, Acme Corp\nJan 2018 - Present\nReceived the Spot Award (2019)\nBuilt APIs',
    );
    expect(roles.map((r) => [r.title, r.company])).toEqual([['Software Engineer', 'Acme Corp']]);
  });

  it('reads a header whose title starts in lower case when a separator marks it as one', () => {
    expect(values('php Developer | Exposys Pvt. Ltd\n2017 - Present\n• Built sites')[0]).toMatchObject({
      title: 'php Developer',
      company: 'Exposys Pvt. Ltd',
      startDate: '2017-01-01',
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

  it("takes an employment stated in another role's text for a role of its own, all of it a guess", () => {
    const roles = parseExperience(
      lines(
        [
          'company - Harbour High Court',
          'description - Practising before the Harbour High Court and district courts from 2008.',
          '• Handling civil and criminal matters.',
          "• Working as Executive (Legal) at Northpine Paper Corporation Limited (a state enterprise), Riverton Mill since Jan '2012.",
          'company - Site Office',
          'description - Location: Marol, Mumbai',
          '1) Currently Working at KESTREL ENGINEERING WORKS Since MAY 2018 to TILL DATE as a CIVIL ENGINEER.',
          '2) Worked with Lakeside Merchant services (Payroll) As Sales Manager. (16th Jan 2017 to till 30th Aug 2018)',
          '3) Worked with Mahal Pvt Ltd. as Sr. Sales Executive. (04th Mar 2016 to 03 Jan 2017)',
        ].join('\n'),
      ),
    );
    expect(
      roles.map((r) => [r.value.title, r.value.company, r.value.startDate, r.value.endDate, r.value.isCurrent]),
    ).toEqual([
      ['', 'Harbour High Court', '2008-01-01', null, true],
      ['Executive (Legal)', 'Northpine Paper Corporation Limited', '2012-01-01', null, true],
      ['', 'Site Office', null, null, false],
      ['CIVIL ENGINEER', 'KESTREL ENGINEERING WORKS', '2018-05-01', null, true],
      ['Sales Manager', 'Lakeside Merchant services', '2017-01-16', '2018-08-30', false],
      ['Sr. Sales Executive', 'Mahal Pvt Ltd', '2016-03-04', '2017-01-03', false],
    ]);
    for (const role of roles.filter(
      (r) => r.value.company !== 'Site Office' && r.value.company !== 'Harbour High Court',
    )) {
      expect(role.value.guessed).toEqual(['company', 'dates', 'title']);
      expect(role.confidence).toBeLessThanOrEqual(0.6);
    }
  });

  it('gives a stated employment to the block of that employer when there is one', () => {
    const roles = values(
      [
        'company - Capgemini India Pvt Ltd',
        'description - Worked on manual as well as automation testing.',
        'company - Na',
        'description - Currently working with Capgemini, Airoli as Consultant from 06th May 2013 to till the',
        'date.',
      ].join('\n'),
    );
    expect(roles.map((r) => [r.title, r.company, r.startDate, r.isCurrent, r.guessed])).toEqual([
      ['Consultant', 'Capgemini India Pvt Ltd', '2013-05-06', true, ['dates', 'title']],
      ['', 'Na', null, false, []],
    ]);
  });

  it("fills a role's own dates from a sentence naming its company further down", () => {
    const [role] = values(
      [
        'company - Stormfield Technologies LLP',
        'description - Network Security Engineer',
        'Stormfield Technologies LLP,',
        'August 2018-Present',
        '• Configured firewalls',
      ].join('\n'),
    );
    expect(role).toMatchObject({ company: 'Stormfield Technologies LLP', startDate: '2018-08-01', isCurrent: true });
    expect(role?.guessed).toContain('dates');
  });

  it("reads a role's dates from a bullet that names its company or labels a duration", () => {
    const roles = values(
      [
        'company - District Courts',
        'description - Key Features',
        '• Licensed to practise (Bar Council).',
        '• Admitted to practice at District Courts, Mansa since 18-Aug-2012.',
        'company - Almighty Tech Pvt Ltd',
        'description - 1. As a Java Developer.',
        '❖ DESIGNATION.: Java Developer.',
        '❖ DURATION.: From 1st jan 2018',
        'company - Orbit Labs',
        'description - Client work',
        'Project: Billing',
        '• Duration: Jan 2015 - Mar 2015',
      ].join('\n'),
    );
    expect(roles.map((r) => [r.company, r.startDate, r.isCurrent])).toEqual([
      ['District Courts', '2012-08-18', true],
      ['Almighty Tech Pvt Ltd', '2018-01-01', true],
      ['Orbit Labs', null, false],
    ]);
    expect(roles[0]?.guessed).toContain('dates');
  });

  it("leaves a project's dates to the project: only an ongoing one makes the role current", () => {
    const roles = values(
      [
        'company - Orbit Mahindra',
        'description - India',
        'Duration       Oct 2017- Till Date',
        '',
        'Project Description',
        'A telecom group; I worked on its logistics programme.',
        'company - Marketplace Technologies Ltd',
        'description - Project Title: EBoss, Datafeed',
        'company - Standard & Enterprise',
        'description - Redhat Linux 7.4, Postgresql 9.5',
        'Duration: Feb 2016 - Dec 2016',
        'company - Vivid Electromech Pvt. Ltd',
        'description - for the whole Pune region)',
        'Period: 06th June 2017 to 20th Aug 2018.',
        'Nature of Job - Electrical Sales',
      ].join('\n'),
    );
    expect(roles.map((r) => [r.company, r.startDate, r.isCurrent])).toEqual([
      ['Orbit Mahindra', null, true],
      ['Marketplace Technologies Ltd', null, false],
      ['Standard & Enterprise', null, false],
      ['Vivid Electromech Pvt. Ltd', '2017-06-06', false],
    ]);
  });

  it('gives a date line standing just before a company field to that company', () => {
    const roles = values(
      [
        'Company name: Ray Engineering Limited',
        'Position: QA/QC Civil Engineer.',
        'Duties & Responsibilities:',
        '• Site inspections',
        'Career Progression: March 2016 to Still on going',
        '',
        'Company name: Gulf Asia Contracting Co LLC Dubai, UAE',
        'Position: QA/QC Civil Engineer.',
      ].join('\n'),
    );
    expect(roles.map((r) => [r.company, r.startDate, r.isCurrent])).toEqual([
      ['Ray Engineering Limited', null, false],
      ['Gulf Asia Contracting Co LLC Dubai, UAE', '2016-03-01', true],
    ]);
  });

  it('joins an undated block of one employer to the dated one after it', () => {
    const roles = values(
      [
        'company - SMEC AUTOMATION PVT. LTD',
        'description - Company Profile',
        'SMEC Automation provides technical consulting services.',
        'company - SMEC AUTOMATION PVT. LTD',
        'description - Completed Internship of Instrumentation in SMEC Automation Pvt. Ltd. from 8th June 2016 to 30th November 2016.',
      ].join('\n'),
    );
    expect(roles.map((r) => [r.company, r.startDate, r.endDate])).toEqual([
      ['SMEC AUTOMATION PVT. LTD', '2016-06-08', '2016-11-30'],
    ]);
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

  it('asks the user to check a role whose written end is before its start', () => {
    const [role] = values('Software Engineer, Reliance Jio, Mumbai  Dec 2017 - Jan 2017\n• Built the billing service');
    expect(role).toMatchObject({ startDate: '2017-12-01', endDate: null, isCurrent: false });
    expect(role?.guessed).toContain('dates');
  });

  it('leaves a start after today unknown and asks the user to check it', () => {
    // The profile refuses a start in the future, so the default draft's commit had been refused whole.
    const year = new Date().getUTCFullYear() + 2;
    const [role] = values(
      `Software Engineer, Reliance Jio, Mumbai  Mar ${year} - Present\n• Built the billing service`,
    );
    expect(role).toMatchObject({
      title: 'Software Engineer',
      startDate: null,
      startPrecision: 'unknown',
      isCurrent: true,
    });
    expect(role?.guessed).toContain('dates');
    const [past] = values(`Software Engineer, Reliance Jio, Mumbai  Mar ${year - 4} - Present`);
    expect(past).toMatchObject({ startDate: `${year - 4}-03-01`, guessed: [] });
    // However the role was read: here from a sentence in another role's bullets (a review).
    const stated = values(
      [
        'Design Engineer, Larkspur Pvt Ltd, 2015 - 2017',
        `• Currently Working at KESTREL ENGINEERING WORKS Since MAY ${year} as a CIVIL ENGINEER.`,
      ].join('\n'),
    );
    expect(stated.map((r) => [r.company, r.startDate, r.guessed.includes('dates')])).toEqual([
      ['Larkspur Pvt Ltd', '2015-01-01', false],
      ['KESTREL ENGINEERING WORKS', null, true],
    ]);
  });
});
