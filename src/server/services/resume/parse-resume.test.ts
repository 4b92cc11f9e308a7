import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resumeDraft } from '@/lib/validators/resume';
import { parseResume } from './parse-resume';

const fixture = (name: string) => readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'resumes', name), 'utf8');

describe('parseResume', () => {
  it('offers unknown items of a one-per-line skills list, but no level words, schools or sentence fragments', () => {
    const d = parseResume(
      [
        'Jane Doe',
        'jane@example.com',
        '',
        'SKILLS',
        '• Financial Modelling',
        '• IFRS',
        '• Python - Advanced',
        '• English - Native',
        'University of Pune, SQL',
        'to real life solutions, Excel',
        'A/B Testing, Tableau, etc',
      ].join('\n'),
    );
    const offered = d.skills.filter((s) => s.confidence < 0.5).map((s) => s.value.name);
    expect(offered).toEqual(expect.arrayContaining(['Financial Modelling', 'IFRS']));
    for (const junk of ['Advanced', 'Native', 'University of Pune', 'to real life solutions', 'etc'])
      expect(offered).not.toContain(junk);
  });

  it('offers what a Skills section lists that the taxonomy does not know, unticked, and nothing twice', () => {
    const d = parseResume(
      [
        'Jane Doe',
        'jane@example.com',
        '',
        'SKILLS',
        'Financial Modelling, Excel, IFRS',
        'Python; Auto cad',
        'Microsoft Office - Exprience - 120 months',
      ].join('\n'),
    );
    const byName = new Map(d.skills.map((s) => [s.value.name, s.confidence]));
    expect(byName.get('Financial Modelling')).toBe(0.45);
    expect(byName.get('IFRS')).toBe(0.45);
    // Known skills keep their reading; a known skill is not offered again as written.
    expect(byName.get('Python')).toBe(0.9);
    expect(
      [...byName.keys()].filter((n) => /auto ?cad|excel|experience|months/i.test(n) && (byName.get(n) ?? 0) < 0.5),
    ).toEqual([]);
  });

  const draft = parseResume(fixture('resume.txt'), { format: 'txt' });

  it('returns a valid draft with contact details and their sources', () => {
    expect(resumeDraft.safeParse(draft).success).toBe(true);
    expect(draft.contact.fullName).toMatchObject({
      value: 'Elena Marquez',
      source: { section: 'header', line: 0, text: 'Elena Marquez' },
    });
    expect(draft.contact.email?.value).toBe('elena.marquez@example.com');
    expect(draft.contact.phone?.value).toBe('+1 (512) 555-0147');
    expect(draft.contact.location?.value).toBe('Austin, TX');
    expect(draft.contact.links.map((l) => l.value)).toEqual([
      'https://linkedin.com/in/elena-marquez-dev',
      'https://github.com/emarquez-dev',
    ]);
    expect(draft.headline?.value).toBe('Senior Full-Stack Engineer');
    expect(draft.summary?.value).toMatch(/^Full-stack engineer with eight years/);
  });

  it('reads positions and education', () => {
    expect(
      draft.experience.map((e) => [
        e.value.title,
        e.value.company,
        e.value.startDate,
        e.value.endDate,
        e.value.isCurrent,
      ]),
    ).toEqual([
      ['Senior Software Engineer', 'Northwind Analytics Inc.', '2020-01-01', null, true],
      ['Software Engineer', 'Bluebird Logistics LLC', '2016-06-01', '2019-12-01', false],
      ['Junior Web Developer', 'Pixel & Pine Studio', '2015-03-01', '2016-05-01', false],
    ]);
    expect(draft.experience[0]?.value.achievements).toHaveLength(3);
    expect(draft.education.map((e) => e.value)).toEqual([
      {
        degree: 'B.Sc.',
        fieldOfStudy: 'Computer Science',
        institution: 'University of Texas at Austin',
        startDate: '2011-01-01',
        endDate: '2015-01-01',
      },
    ]);
    expect(draft.stats).toEqual({
      characters: expect.any(Number) as number,
      format: 'txt',
      sectionsFound: ['summary', 'experience', 'projects', 'education', 'skills', 'certifications', 'languages'],
    });
    expect(draft.warnings).toEqual([]);
  });

  it('reads a line holding a Unicode line separator after a long run of spaces without stalling', () => {
    // "Project" or "company" + spaces + U+2028: a field pattern backtracked through every way of
    // splitting the spaces (cubic: 900 spaces took 40 s of the server's only thread). The separator
    // is a line break, as \r is; this test hangs past its timeout on the old parser.
    const filler = [
      'Experience',
      'Software Engineer, Acme Corp, Jan 2019 - Present',
      '• Built the billing service in Java.',
      'Skills',
      'Java, SQL, Docker',
    ];
    const spaces = ' '.repeat(3000);
    const d = parseResume(
      [
        'Jane Doe',
        'jane@example.com',
        ...filler,
        'Projects',
        `Project${spaces}a\u2028Route planner`,
        `company${spaces}b\u2029c`,
      ].join('\n'),
    );
    expect(d.projects[0]?.value).toMatchObject({ name: 'a', description: 'Route planner' });
  });

  it('reads projects and certifications', () => {
    expect(draft.projects.map((p) => p.value)).toEqual([
      {
        name: 'tidy-csv',
        description: 'a streaming CSV validator for Node.js with 1,200 GitHub stars.',
        url: null,
        startDate: null,
        endDate: null,
        highlights: [],
        nameGuessed: false,
      },
    ]);
    expect(draft.certifications.map((c) => c.value)).toEqual([
      { name: 'AWS Certified Solutions Architect – Associate', issuer: null, date: '2021-01-01', precision: 'year' },
    ]);
    expect(draft.experience.every((e) => e.value.guessed.length === 0 && e.confidence > 0.9)).toBe(true);
  });

  it('takes the headline from the summary, else from the latest role, with less confidence', () => {
    const fromSummary = parseResume(
      'Jo Doe\njo@example.com\nSummary\nResults-driven data analyst with five years in retail.\nExperience\nAnalyst at Acme Corp\n2019 - 2021',
    );
    expect(fromSummary.headline).toMatchObject({ value: 'Data analyst', confidence: 0.5 });
    const fromRole = parseResume(
      'Jo Doe\njo@example.com\nExperience\nData Analyst — Acme Corp\n2019 - Present\n• Reports\nClerk — Globex Corporation\n2015 - 2019',
    );
    expect(fromRole.headline).toMatchObject({ value: 'Data Analyst', confidence: 0.4 });
  });

  it('reads the headline beside the name on one line', () => {
    const draft = parseResume('Jane Doe | Data Scientist\njane@example.com | 206-555-0100\n\nSkills\nPython, SQL');
    expect(draft.contact.fullName?.value).toBe('Jane Doe');
    expect(draft.headline).toMatchObject({ value: 'Data Scientist', confidence: 0.7 });
  });

  it('reads the role an objective aims at as the headline', () => {
    const draft = parseResume(
      'Jane Doe\njane@example.com\n\nCareer Objective\nTo work as a data analyst in a growth-oriented organization.\n\nSkills\nExcel',
    );
    expect(draft.headline).toMatchObject({ value: 'Data analyst', confidence: 0.5 });
  });

  it('never takes a contact line for the headline', () => {
    const emailLast = parseResume(
      'Ravi Kumar\nB.Tech Computer Science | Pune, Maharashtra\nravi@example.com\n\nSkills\nJava, Spring',
    );
    expect(emailLast.headline).toBeNull();
    const links = parseResume(
      'Alex Lee\nAustin, TX 78701\nalex@example.com | linkedin.com/in/alexlee\n\nExperience\nProduct Manager at Initech, 2020-2023',
    );
    expect(links.headline?.value ?? null).not.toMatch(/@|linkedin/);
  });

  it('fills an untitled role from a "Title - Company" line elsewhere in the resume, as a guess', () => {
    const mentioned = parseResume(
      [
        'Education Details',
        'B.E. Pune University',
        'Web Designer',
        'Web Designer - Trust Systems and Software',
        'Company Details',
        'company - Trust Systems and Software',
        'description - Designed landing pages.',
        'company - Pixel Works',
        'description - Freelance logos.',
      ].join('\n'),
    );
    expect(mentioned.experience.map((e) => [e.value.title, e.value.company, e.value.guessed, e.confidence])).toEqual([
      ['Web Designer', 'Trust Systems and Software', ['title'], 0.6],
      ['', 'Pixel Works', [], 0.55],
    ]);
  });

  it("reads a heading glued to a list's last comma, and keeps the next employer after a role's project list", () => {
    // Seen on import: "…, Git,Education Details" lost the degree, and "company - …" after a role's
    // "Projects:" list became a project named "company" instead of the second employer.
    const d = parseResume(
      [
        'Tools Visual Studio, Git,Education Details',
        'May 2012 B.Sc. Madras University',
        'Company Details',
        'company - Northwind Traders',
        'description - Built billing screens.',
        'Projects:',
        'Title: Ledger Sync',
        'Role: Developer',
        'company - Contoso Labs Pvt. Ltd',
        'description - Maintained the intranet.',
      ].join('\n'),
    );
    expect(d.education.map((e) => e.value.degree)).toEqual(['B.Sc.']);
    expect(d.experience.map((e) => e.value.company)).toEqual(['Northwind Traders', 'Contoso Labs Pvt. Ltd']);
    expect(d.projects.map((p) => p.value.name)).toEqual(['Ledger Sync']);
  });

  it('reads an "Education Details" heading that ends a long first line after a space', () => {
    // Seen on import: a flattened export ran its skills, achievements and "JOB DETAILS Education
    // Details" into one line, and the four degrees under it were "No education found".
    const d = parseResume(
      [
        'TECHNICAL SKILLS Languages: Java, SQL. IDE: Eclipse. JOB DETAILS Education Details ',
        'January 2018 M.C.A  Pune, Maharashtra Pune University',
        'January 2015 B.C.A  Nagpur, Maharashtra Nagpur University',
        'Company Details',
        'company - Northwind Traders',
        'description - Built billing screens.',
      ].join('\n'),
    );
    expect(d.education.map((e) => e.value.degree)).toEqual(['M.C.A', 'B.C.A']);
    // In prose the phrase stays where it is.
    const prose = parseResume(
      [
        'Skills',
        'Java, SQL',
        'Summary',
        'I keep my Education Details current',
        'Company Details',
        'company - Initech',
      ].join('\n'),
    );
    expect(prose.education).toEqual([]);
  });

  it('reads a role\'s dates from a "Duration:" inside its description field, and drops a lone label line', () => {
    // Seen on import: "description - Duration: January 2017 to Till Date" left the role undated and
    // kept "Duration: … / Responsibility:" as its description.
    const d = parseResume(
      [
        'Company Details',
        'company - Northwind Traders',
        'description - Duration: March 2016 to Till Date',
        'Role: Developer',
        'description - Responsibility:',
        '• Built billing screens.',
      ].join('\n'),
    );
    expect(d.experience.map((e) => [e.value.company, e.value.startDate, e.value.isCurrent])).toEqual([
      ['Northwind Traders', '2016-03-01', true],
    ]);
    expect(d.experience[0]?.value.description ?? '').not.toMatch(/Duration|Responsibility/);
    expect(d.experience[0]?.value.achievements).toEqual(['Built billing screens.']);
  });

  it('titles a single untitled role from the designation line, as a guess', () => {
    const single = parseResume(
      'Education Details\nB.Com Calcutta University\nADVOCATE\nCompany Details\ncompany - own practice\ndescription - Drafting of plaints',
    );
    expect(single.experience.map((e) => [e.value.title, e.value.guessed])).toEqual([['ADVOCATE', ['title']]]);
    expect(single.experience[0]?.confidence).toBeLessThanOrEqual(0.6);
  });

  it('does not read a certificate\'s issuer as a skill ("Oracle" issued it, no Oracle Database)', () => {
    const d = parseResume(
      [
        'Jane Doe',
        'jane@example.com',
        'Skills: Python, SQL',
        'Certifications',
        'Primavera P6 Professional, Oracle, 2018',
        'Tableau Desktop Specialist — Tableau, 2019',
      ].join('\n'),
    );
    const names = d.skills.map((s) => s.value.name);
    expect(names).not.toContain('Oracle Database');
    // A skill the certificate's own name states still counts.
    expect(names).toContain('Tableau');
  });

  it('extracts skills, listed ones with higher confidence than ones mentioned in passing', () => {
    const byName = new Map(draft.skills.map((s) => [s.value.name, s]));
    for (const name of ['TypeScript', 'Python', 'Go', 'React', 'Kubernetes', 'Agile', 'CI/CD'])
      expect(byName.has(name)).toBe(true);
    expect(byName.get('English')?.value.category).toBe('language');
    expect(byName.get('Spanish')?.source.section).toBe('languages');
    expect(byName.get('AWS Certified Solutions Architect')?.value.category).toBe('certification');
    expect(byName.get('TypeScript')?.confidence).toBeGreaterThan(byName.get('Celery')?.confidence ?? 1);
    expect(byName.get('TypeScript')?.source).toMatchObject({
      section: 'skills',
      text: 'Languages: TypeScript, JavaScript, Python, SQL, Go',
    });
    expect(new Set(draft.skills.map((s) => s.value.name)).size).toBe(draft.skills.length);
  });

  it('repairs mojibake and warns about it', () => {
    const repaired = parseResume(
      'Skills\nâ€¢ Python\nâ€¢ NaÃ¯ve Bayes\nExperience\nData Analyst at Acme Corp\n2018 - 2020',
    );
    expect(repaired.skills.map((s) => s.value.name)).toEqual(['Python', 'Naive Bayes']);
    expect(repaired.warnings[0]).toMatch(/garbled/);
    expect(repaired.warnings).toContain(
      'We could not find your name in the resume: your profile and documents keep the name on your account.',
    );
  });

  it('rejects empty or content-free text instead of inventing a draft', () => {
    for (const text of [
      '',
      '   \n  ',
      'hello',
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.',
    ]) {
      expect(() => parseResume(text)).toThrow(
        expect.objectContaining({
          code: 'VALIDATION_ERROR',
          details: expect.objectContaining({ reason: 'no_resume_content' }) as unknown,
        }),
      );
    }
  });
});
