import { describe, expect, it } from 'vitest';
import { parseProjects } from './projects';

const lines = (text: string) => text.split('\n').map((t, line) => ({ line, text: t }));

describe('parseProjects', () => {
  it('reads a name, its description, url, dates and highlights', () => {
    const projects = parseProjects(
      lines(
        [
          'Palette Lab — a colour-contrast checker for design tokens',
          '• Used by two open-source design systems',
          'pgqueue | a PostgreSQL-backed job queue | github.com/example/pgqueue | 2021 – 2022',
          'Project name: Loan Origination System',
          'Built the document upload and verification flow.',
        ].join('\n'),
      ),
    ).map((p) => p.value);
    expect(projects).toEqual([
      {
        name: 'Palette Lab',
        description: 'a colour-contrast checker for design tokens',
        url: null,
        startDate: null,
        endDate: null,
        highlights: ['Used by two open-source design systems'],
        nameGuessed: false,
      },
      {
        name: 'pgqueue',
        description: 'a PostgreSQL-backed job queue',
        url: 'github.com/example/pgqueue',
        startDate: '2021-01-01',
        endDate: '2022-01-01',
        highlights: [],
        nameGuessed: false,
      },
      {
        name: 'Loan Origination System',
        description: 'Built the document upload and verification flow.',
        url: null,
        startDate: null,
        endDate: null,
        highlights: [],
        nameGuessed: false,
      },
    ]);
  });

  it('names a project that opens with a paragraph by its subject and keeps the paragraph whole', () => {
    // "Project Profile:" then prose: the paragraph is no name (a 250-character "name" was refused by
    // the commit and the project lost). Its subject names it, as a guess; the text stays the description.
    const paragraph =
      'Sun Trust Bank is a US based multinational financial services holding company, headquarters in NY that operates the Bank in New York and other financial services investments. The company is organized as a stock corporation with four divisions: investment banking, private banking.';
    const projects = parseProjects(
      lines(
        [
          paragraph,
          'Responsibilities: • Development using Infa 9.1, 11g/Oracle, UNIX.',
          '• Unit testing of the mappings.',
        ].join('\n'),
      ),
    );
    // A labelled field under the paragraph belongs to the same project, never a new one.
    expect(projects).toHaveLength(1);
    const [project] = projects;
    expect(project?.value).toMatchObject({
      name: 'Sun Trust Bank',
      description: `${paragraph} Responsibilities: • Development using Infa 9.1, 11g/Oracle, UNIX.`,
      highlights: ['Unit testing of the mappings.'],
      nameGuessed: true,
    });
    expect(project?.confidence).toBeLessThan(0.5);
    const [untitled] = parseProjects(
      lines(
        'Developed an end to end pipeline that loads the daily trade files into the warehouse and reconciles them with the ledger',
      ),
    );
    expect(untitled?.value.name).toBe('Developed an end to end pipeline that loads…');
    expect(untitled?.value.description).toMatch(/^Developed an end to end pipeline .* ledger$/);
  });

  it("reads a project's labelled details as its text, never as new projects", () => {
    const projects = parseProjects(
      lines(
        [
          'Project 1\tInlight (Feb 2018 till date)',
          'Platform\t.Net',
          'Role: Business Analyst',
          'Team Size: 6',
          'Environment: Informatica 9.1, Oracle 11g',
          'Duration: 8 months',
          'Tech Stack: .NET, SQL Server',
          'Project Description:',
          'Inlight scores suppliers.',
          'Description:',
          'Inlight is an application that assesses suppliers.',
          '• Built the supplier scorecard.',
          '',
          // A page number left by the PDF's text: no project.
          '2',
          '• Tested the risk rules.',
          'Project 2\tCRM (Nov 2017 to Feb 2018)',
        ].join('\n'),
      ),
    ).map((p) => p.value.name);
    expect(projects).toEqual(['Inlight', 'CRM']);
  });

  it('keeps the closing bracket of a name that ends in one', () => {
    // "Title: Around Town (CMS)" was named "Around Town (CMS".
    const names = parseProjects(
      lines(['Title: Around Town (CMS)', 'Role: Developer', 'Title: Ledger (v2) -'].join('\n')),
    ).map((p) => p.value.name);
    expect(names).toEqual(['Around Town (CMS)', 'Ledger (v2)']);
  });

  it('reads a labelled name behind a list number ("#1 Title: …", "2. Project Title: …")', () => {
    // Seen on import: "#1 Title: Ledger Sync" was named "#1 Title", its real name kept as the description.
    const projects = parseProjects(
      lines(
        [
          '#1 Title: Ledger Sync',
          '• Status: Completed',
          '#2 Title: Route Planner',
          '2. Project Title: Shift Board',
          'Role: Developer',
        ].join('\n'),
      ),
    );
    expect(projects.map((p) => [p.value.name, p.value.description])).toEqual([
      ['Ledger Sync', null],
      ['Route Planner', null],
      // A labelled detail under a project stays its text.
      ['Shift Board', 'Role: Developer'],
    ]);
  });

  it('drops a list number glued to a project name', () => {
    const names = parseProjects(
      lines(
        ['1.Web Based Time Attendance Application', '• Built the shift rules.', '2)Factory Automation Process'].join(
          '\n',
        ),
      ),
    ).map((p) => p.value.name);
    expect(names).toEqual(['Web Based Time Attendance Application', 'Factory Automation Process']);
  });

  it('keeps a long title as written, labelled or not, and never names two projects alike by a generic subject', () => {
    const title =
      'Design and Implementation of a Secure Online Voting System Using Blockchain and Biometric Authentication';
    const [labelled] = parseProjects(lines(`Project Title: ${title}`));
    expect(labelled).toMatchObject({ value: { name: title, nameGuessed: false }, confidence: 0.8 });
    const [bare] = parseProjects(lines([title, '• Wrote the smart contracts.'].join('\n')));
    expect(bare?.value).toMatchObject({ name: title, nameGuessed: false });
    // A labelled name is kept as written, however long (the old names, both saved).
    const labelledLong = parseProjects(
      lines(
        [
          'Project 1: The project is a web based application that tracks the attendance of every employee across all the plants.',
          'Project 2: The project is a mobile application that lets field engineers file their daily site reports offline.',
        ].join('\n'),
      ),
    ).map((p) => p.value.name);
    expect(labelledLong).toEqual([
      'The project is a web based application that tracks the attendance of every employee across all the plants',
      'The project is a mobile application that lets field engineers file their daily site reports offline',
    ]);
    // Read from paragraphs (each under its own "Project Profile:" heading), "The project" names
    // neither: their opening words do, so the two stay apart.
    const generic = [
      'The project is a web based application that tracks the attendance of every employee across all the plants.',
      'The project is a mobile application that lets field engineers file their daily site reports offline.',
    ].map((paragraph) => parseProjects(lines(paragraph))[0]?.value.name);
    expect(generic).toEqual([
      'The project is a web based application that…',
      'The project is a mobile application that lets…',
    ]);
  });

  it('opens projects whose names start with a detail word and a hyphen', () => {
    const names = parseProjects(
      lines(
        [
          'Palette Lab — a colour checker',
          '• Used by two teams',
          'Role-Based Access Control Service',
          '• Wrote the policy engine',
          'Client-Server Chat App',
          '• Sockets',
          'Domain-Driven Order Service | a DDD sample',
          '• Aggregates',
        ].join('\n'),
      ),
    ).map((p) => p.value.name);
    expect(names).toEqual([
      'Palette Lab',
      'Role-Based Access Control Service',
      'Client-Server Chat App',
      'Domain-Driven Order Service',
    ]);
  });

  it('keeps a guessed name within the limit when the text has lost its spaces', () => {
    const line = `Technologies/${Array.from({ length: 30 }, (_, i) => `Framework${i}`).join('/')} more words here and there etc x y`;
    const [project] = parseProjects(lines(line));
    expect(project?.value.name.length).toBeLessThanOrEqual(200);
    expect(project?.value.description).toBe(line);
  });
});
