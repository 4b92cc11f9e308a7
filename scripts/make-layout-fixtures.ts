/**
 * Generates tests/fixtures/resumes/layouts: the same kinds of resume content laid out the ways real
 * resumes are (one and two columns, dates left or right, title/company either way round, pipes, tabs,
 * labelled fields), written as PDF (pdf-lib, pdfkit), DOCX (the docx package, and WordprocessingML
 * assembled by hand and zipped with jszip) and plain text, plus expected.json: what the parser should
 * read from each. Fictional people only. Deterministic: dates inside the files are pinned.
 *   npx tsx scripts/make-layout-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import PDFKit from 'pdfkit';
import { format, resolveConfig } from 'prettier';
import { pinZip as pinZipAt } from './fixtures/pin-zip';
import type { ExpectedLayout } from './fixtures/layout-expectations';

const OUT = path.join(process.cwd(), 'tests', 'fixtures', 'resumes', 'layouts');
const FIXED_DATE = new Date('2024-01-15T09:00:00Z');

type Tool = 'pdf-lib' | 'pdfkit' | 'docx' | 'wordml' | 'txt';
/** One line of a resume as laid out: text, a bullet, or parts at set positions on the same line. */
type Line =
  | { kind: 'name' | 'headline' | 'contact' | 'heading' | 'text' | 'bullet'; text: string }
  | { kind: 'cols'; parts: { text: string; x: number; align?: 'right' }[] };

type Expected = ExpectedLayout & { tool: Tool };
interface Fixture {
  file: string;
  lines: Line[];
  /** For two-column layouts: the narrow left column, drawn beside `lines`. */
  sidebar?: Line[];
  /** Draw the two columns row by row (as browsers export them) instead of one column after the other. */
  interleave?: boolean;
  expected: Omit<Expected, 'tool'>;
}

const text = (t: string): Line => ({ kind: 'text', text: t });
const bullet = (t: string): Line => ({ kind: 'bullet', text: t });
const heading = (t: string): Line => ({ kind: 'heading', text: t });
const right = (left: string, r: string): Line => ({
  kind: 'cols',
  parts: [
    { text: left, x: 0 },
    { text: r, x: 504, align: 'right' },
  ],
});
const header = (name: string, headline: string | null, contact: string): Line[] => [
  { kind: 'name', text: name },
  ...(headline ? [{ kind: 'headline' as const, text: headline }] : []),
  { kind: 'contact', text: contact },
];

const FIXTURES: Fixture[] = [
  {
    // The reported DOCX: "Title — Company" then "Location | dates", list bullets (their glyph is lost on extraction).
    file: '01-title-dash-company.docx',
    lines: [
      ...header('Priya Raman', 'Senior Frontend Engineer', 'Austin, TX | priya.raman@example.com | (512) 555-0101'),
      heading('SUMMARY'),
      text('Frontend engineer with nine years of experience building design systems and fast React applications.'),
      heading('EXPERIENCE'),
      text('Senior Frontend Engineer — Acme Analytics'),
      text('Austin, TX | Jan 2019 – Present'),
      bullet('Built a design system used by forty engineers across six product teams'),
      bullet('Cut the main bundle size by a third with route-level code splitting'),
      text('Frontend Engineer — Bluebird Logistics LLC'),
      text('Dallas, TX | Jun 2016 – Dec 2018'),
      bullet('Moved the shipment dashboards from jQuery to React'),
      bullet('Wrote the accessibility checklist the team still uses'),
      heading('PROJECTS'),
      text('Palette Lab — a colour-contrast checker for design tokens'),
      bullet('Used by two open-source design systems'),
      heading('EDUCATION'),
      text('B.S. in Computer Science — University of Texas at Austin, 2012 – 2016'),
      heading('SKILLS'),
      text('React, TypeScript, CSS, Storybook, Playwright, Webpack'),
      heading('CERTIFICATIONS'),
      text('Certified Professional in Accessibility Core Competencies — IAAP, 2020'),
    ],
    expected: {
      layout: 'Title — Company / Location | dates / list bullets',
      headline: 'Senior Frontend Engineer',
      summaryStartsWith: 'Frontend engineer with nine years',
      roles: [
        {
          title: 'Senior Frontend Engineer',
          company: 'Acme Analytics',
          location: 'Austin, TX',
          start: '2019-01',
          end: 'present',
        },
        {
          title: 'Frontend Engineer',
          company: 'Bluebird Logistics LLC',
          location: 'Dallas, TX',
          start: '2016-06',
          end: '2018-12',
        },
      ],
      projects: ['Palette Lab'],
      certifications: [
        { name: 'Certified Professional in Accessibility Core Competencies', issuer: 'IAAP', date: '2020' },
      ],
    },
  },
  {
    // The reported PDF: "Title, Company" with the dates right-aligned on the same line.
    file: '02-title-comma-company.pdf',
    lines: [
      ...header('Marcus Oyelaran', null, 'marcus.oyelaran@example.com | 555-0102 | Denver, CO'),
      heading('PROFESSIONAL SUMMARY'),
      text('Frontend developer focused on data visualisation and performance.'),
      heading('WORK EXPERIENCE'),
      right('Senior Frontend Engineer, Acme Analytics', 'Mar 2020 – Present'),
      bullet('Rebuilt the charting layer on canvas; large dashboards render four times faster.'),
      bullet('Mentored three junior developers.'),
      right('Web Developer, Northwind Traders', 'Aug 2017 – Feb 2020'),
      bullet('Shipped the customer portal in Vue and later React.'),
      heading('PROJECTS'),
      text('Sparkline Kit — tiny inline charts for tables'),
      text('https://github.com/example/sparkline-kit'),
      heading('EDUCATION'),
      text('B.A. in Mathematics, University of Colorado Boulder, 2013 – 2017'),
      heading('SKILLS'),
      text('JavaScript, TypeScript, React, D3.js, Canvas, Vue.js'),
      heading('CERTIFICATIONS'),
      text('Professional Scrum Master I (Scrum.org, 2021)'),
    ],
    expected: {
      layout: 'Title, Company + right-aligned dates on one line',
      headline: 'Frontend developer',
      summaryStartsWith: 'Frontend developer focused',
      roles: [
        {
          title: 'Senior Frontend Engineer',
          company: 'Acme Analytics',
          location: null,
          start: '2020-03',
          end: 'present',
        },
        { title: 'Web Developer', company: 'Northwind Traders', location: null, start: '2017-08', end: '2020-02' },
      ],
      projects: ['Sparkline Kit'],
      certifications: [{ name: 'Professional Scrum Master I', issuer: 'Scrum.org', date: '2021' }],
    },
  },
  {
    // "Company, City" then "Title    dates" (right-aligned).
    file: '03-company-city-then-title-dates.pdf',
    lines: [
      ...header('Hannah Kowalczyk', 'Data Analyst', 'Chicago, IL · hannah.k@example.com · 312-555-0103'),
      heading('Summary'),
      text('Analyst who turns messy operational data into weekly decisions.'),
      heading('Experience'),
      text('Globex Corporation, Chicago, IL'),
      right('Senior Data Analyst', '2021 – Present'),
      bullet('Owns the weekly revenue dashboard read by the executive team.'),
      bullet('Automated the month-end reconciliation in Python.'),
      text('Initech Inc., Springfield, IL'),
      right('Data Analyst', '2018 – 2021'),
      bullet('Built the churn model used by the retention team.'),
      heading('Projects'),
      text('Transit Delays Explorer — open data analysis of city bus delays'),
      heading('Education'),
      text('M.S. in Statistics, University of Illinois, 2016 – 2018'),
      heading('Skills'),
      text('SQL, Python, pandas, Tableau, Excel, dbt'),
      heading('Certifications'),
      text('Tableau Desktop Specialist — Tableau, 2019'),
    ],
    expected: {
      layout: 'Company, City / Title + right-aligned years',
      headline: 'Data Analyst',
      summaryStartsWith: 'Analyst who turns',
      roles: [
        {
          title: 'Senior Data Analyst',
          company: 'Globex Corporation',
          location: 'Chicago, IL',
          start: '2021',
          end: 'present',
        },
        { title: 'Data Analyst', company: 'Initech Inc.', location: 'Springfield, IL', start: '2018', end: '2021' },
      ],
      projects: ['Transit Delays Explorer'],
      certifications: [{ name: 'Tableau Desktop Specialist', issuer: 'Tableau', date: '2019' }],
    },
  },
  {
    // Everything on one line, separated by pipes.
    file: '04-pipes.txt',
    lines: [
      ...header('Tomás Herrera', 'Backend Engineer', 'Seattle, WA | tomas.herrera@example.com | 206-555-0104'),
      heading('SUMMARY'),
      text('Backend engineer who likes boring, reliable systems.'),
      heading('EXPERIENCE'),
      text('Staff Engineer | Contoso Ltd | Seattle, WA | Feb 2022 – Present'),
      bullet('Led the move of billing to an event-sourced design.'),
      text('Software Engineer | Fabrikam Inc | Redmond, WA | Jul 2017 – Jan 2022'),
      bullet('Built the order pipeline in Go and PostgreSQL.'),
      bullet('Ran the on-call rotation for two years.'),
      heading('PROJECTS'),
      text('pgqueue | a PostgreSQL-backed job queue | github.com/example/pgqueue'),
      heading('EDUCATION'),
      text('B.S. Computer Engineering | University of Washington | 2013 – 2017'),
      heading('SKILLS'),
      text('Go, PostgreSQL, Kafka, Kubernetes, Terraform, AWS'),
      heading('CERTIFICATIONS'),
      text('AWS Certified Solutions Architect – Associate | Amazon Web Services | 2020'),
      text('Certified Kubernetes Administrator | CNCF | 2021'),
    ],
    expected: {
      layout: 'Title | Company | Location | dates',
      headline: 'Backend Engineer',
      summaryStartsWith: 'Backend engineer who likes',
      roles: [
        { title: 'Staff Engineer', company: 'Contoso Ltd', location: 'Seattle, WA', start: '2022-02', end: 'present' },
        {
          title: 'Software Engineer',
          company: 'Fabrikam Inc',
          location: 'Redmond, WA',
          start: '2017-07',
          end: '2022-01',
        },
      ],
      projects: ['pgqueue'],
      certifications: [
        { name: 'AWS Certified Solutions Architect – Associate', issuer: 'Amazon Web Services', date: '2020' },
        { name: 'Certified Kubernetes Administrator', issuer: 'CNCF', date: '2021' },
      ],
    },
  },
  {
    // Tab-separated "Company <tab> Title <tab> dates", in hand-built WordprocessingML.
    file: '05-tabs.docx',
    lines: [
      ...header('Grace Achterberg', 'Product Manager', 'Boston, MA | grace.a@example.com | 617-555-0105'),
      heading('Profile'),
      text('Product manager for B2B analytics products, from discovery to launch.'),
      heading('Employment History'),
      {
        kind: 'cols',
        parts: [
          { text: 'Wayne Enterprises', x: 0 },
          { text: 'Senior Product Manager', x: 180 },
          { text: 'Apr 2020 – Present', x: 380 },
        ],
      },
      bullet('Launched the self-serve reporting tier; 1,200 paying teams in the first year.'),
      {
        kind: 'cols',
        parts: [
          { text: 'Stark Industries', x: 0 },
          { text: 'Product Manager', x: 180 },
          { text: 'Sep 2016 – Mar 2020', x: 380 },
        ],
      },
      bullet('Ran discovery interviews with forty customers a quarter.'),
      heading('Projects'),
      text('Roadmap Radar — a prioritisation worksheet template'),
      heading('Education'),
      text('MBA, Boston University, 2014 – 2016'),
      heading('Skills'),
      text('Product Management, SQL, Jira, Figma, A/B testing'),
      heading('Certifications'),
      text('Certified Scrum Product Owner from Scrum Alliance, 2018'),
    ],
    expected: {
      layout: 'Company <tab> Title <tab> dates',
      headline: 'Product Manager',
      summaryStartsWith: 'Product manager for B2B',
      roles: [
        {
          title: 'Senior Product Manager',
          company: 'Wayne Enterprises',
          location: null,
          start: '2020-04',
          end: 'present',
        },
        { title: 'Product Manager', company: 'Stark Industries', location: null, start: '2016-09', end: '2020-03' },
      ],
      projects: ['Roadmap Radar'],
      certifications: [{ name: 'Certified Scrum Product Owner', issuer: 'Scrum Alliance', date: '2018' }],
    },
  },
  {
    // Dates in a left column, "Title, Company" beside them.
    file: '06-dates-left.pdf',
    lines: [
      ...header('Oluwaseun Adeyemi', 'DevOps Engineer', 'Atlanta, GA | seun.adeyemi@example.com | 404-555-0106'),
      heading('SUMMARY'),
      text('DevOps engineer who automates releases and keeps the lights on.'),
      heading('EXPERIENCE'),
      {
        kind: 'cols',
        parts: [
          { text: '2019 – Present', x: 0 },
          { text: 'DevOps Engineer, Umbrella Health Systems', x: 110 },
        ],
      },
      bullet('Cut deployment time from an hour to eight minutes with GitHub Actions and Argo CD.'),
      {
        kind: 'cols',
        parts: [
          { text: '2015 – 2019', x: 0 },
          { text: 'Systems Administrator, Cyberdyne Labs', x: 110 },
        ],
      },
      bullet('Ran 300 Linux servers and the backup system.'),
      heading('PROJECTS'),
      text('Helm Lint Action — a GitHub Action that lints Helm charts'),
      heading('EDUCATION'),
      text('B.S. Information Technology, Georgia State University, 2011 – 2015'),
      heading('SKILLS'),
      text('Linux, Docker, Kubernetes, Terraform, Ansible, AWS, GitHub Actions'),
      heading('CERTIFICATIONS'),
      text('Red Hat Certified System Administrator — Red Hat, 2016'),
    ],
    expected: {
      layout: 'dates left, Title, Company right',
      headline: 'DevOps Engineer',
      summaryStartsWith: 'DevOps engineer who automates',
      roles: [
        { title: 'DevOps Engineer', company: 'Umbrella Health Systems', location: null, start: '2019', end: 'present' },
        { title: 'Systems Administrator', company: 'Cyberdyne Labs', location: null, start: '2015', end: '2019' },
      ],
      projects: ['Helm Lint Action'],
      certifications: [{ name: 'Red Hat Certified System Administrator', issuer: 'Red Hat', date: '2016' }],
    },
  },
  {
    // "Company — Title" then the dates on their own line, hand-built WordprocessingML.
    file: '07-company-first-dash.docx',
    lines: [
      ...header('Ines Carvalho', 'UX Designer', 'Portland, OR | ines.carvalho@example.com | 503-555-0107'),
      heading('About Me'),
      text('UX designer who tests early and often with real users.'),
      heading('Work History'),
      text('Soylent Foods — Lead UX Designer'),
      text('May 2021 – Present'),
      bullet('Redesigned onboarding; activation rose from 41% to 58%.'),
      text('Hooli Labs — UX Designer'),
      text('Jan 2018 – Apr 2021'),
      bullet('Ran forty usability sessions a year.'),
      heading('Projects'),
      text('Form Patterns — an open library of accessible form layouts'),
      heading('Education'),
      text('B.F.A. in Interaction Design, Portland State University, 2014 – 2018'),
      heading('Skills'),
      text('Figma, User Research, Prototyping, Usability Testing, HTML, CSS'),
      heading('Certifications'),
      text('Google UX Design Certificate, Google, 2022'),
    ],
    expected: {
      layout: 'Company — Title / dates line',
      headline: 'UX Designer',
      summaryStartsWith: 'UX designer who tests',
      roles: [
        { title: 'Lead UX Designer', company: 'Soylent Foods', location: null, start: '2021-05', end: 'present' },
        { title: 'UX Designer', company: 'Hooli Labs', location: null, start: '2018-01', end: '2021-04' },
      ],
      projects: ['Form Patterns'],
      certifications: [{ name: 'Google UX Design Certificate', issuer: 'Google', date: '2022' }],
    },
  },
  {
    // "Title at Company (dates)".
    file: '08-title-at-company.txt',
    lines: [
      ...header('Daniel Mwangi', 'Machine Learning Engineer', 'daniel.mwangi@example.com | 555-0108 | Remote'),
      heading('SUMMARY'),
      text('Machine learning engineer shipping models that stay accurate after launch.'),
      heading('EXPERIENCE'),
      text('Machine Learning Engineer at Vandelay Industries (Oct 2020 – Present)'),
      bullet('Deployed the fraud model; chargebacks fell 22%.'),
      text('Data Scientist at Dunder Mifflin Paper Company (Jun 2017 – Sep 2020)'),
      bullet('Built the demand forecast used for every warehouse.'),
      heading('PROJECTS'),
      text('Feature Drift Watch: alerts when production features drift'),
      heading('EDUCATION'),
      text('M.Sc. in Computer Science, University of Nairobi, 2015 – 2017'),
      heading('SKILLS'),
      text('Python, PyTorch, scikit-learn, SQL, Airflow, Docker'),
      heading('CERTIFICATIONS'),
      text('TensorFlow Developer Certificate, issued by Google, 2021'),
    ],
    expected: {
      layout: 'Title at Company (dates)',
      headline: 'Machine Learning Engineer',
      summaryStartsWith: 'Machine learning engineer shipping',
      roles: [
        {
          title: 'Machine Learning Engineer',
          company: 'Vandelay Industries',
          location: null,
          start: '2020-10',
          end: 'present',
        },
        {
          title: 'Data Scientist',
          company: 'Dunder Mifflin Paper Company',
          location: null,
          start: '2017-06',
          end: '2020-09',
        },
      ],
      projects: ['Feature Drift Watch'],
      certifications: [{ name: 'TensorFlow Developer Certificate', issuer: 'Google', date: '2021' }],
    },
  },
  {
    // Labelled fields: Designation / Company / Duration, as many Indian resumes write them.
    file: '09-labelled-fields.pdf',
    lines: [
      ...header('Ananya Deshpande', 'Java Developer', 'Pune, Maharashtra | ananya.d@example.com | +91 20 5550 0109'),
      heading('Career Objective'),
      text('Java developer looking to build reliable banking software.'),
      heading('Work Experience'),
      text('Designation: Senior Java Developer'),
      text('Company: Zenith Softech Pvt Ltd'),
      text('Duration: Jan 2016 to till date'),
      text('Responsibilities:'),
      bullet('Developed REST services in Spring Boot for the loans platform.'),
      text('Designation: Java Developer'),
      text('Company: Orbit Infosystems Pvt Ltd'),
      text('Duration: 2 years'),
      bullet('Maintained the billing module.'),
      heading('Projects'),
      text('Project name: Loan Origination System'),
      text('Built the document upload and verification flow.'),
      heading('Education Details'),
      text('B.E. in Computer Engineering, Savitribai Phule Pune University, 2009 – 2013'),
      heading('Technical Skills'),
      text('Java, Spring Boot, Hibernate, MySQL, REST, Jenkins'),
      heading('Certifications'),
      text('Oracle Certified Professional, Java SE 8 Programmer — Oracle, 2017'),
    ],
    expected: {
      layout: 'Designation: / Company: / Duration: fields',
      headline: 'Java Developer',
      summaryStartsWith: 'Java developer looking',
      roles: [
        {
          title: 'Senior Java Developer',
          company: 'Zenith Softech Pvt Ltd',
          location: null,
          start: '2016-01',
          end: 'present',
        },
        {
          title: 'Java Developer',
          company: 'Orbit Infosystems Pvt Ltd',
          location: null,
          start: null,
          end: null,
          durationMonths: 24,
        },
      ],
      projects: ['Loan Origination System'],
      certifications: [{ name: 'Oracle Certified Professional, Java SE 8 Programmer', issuer: 'Oracle', date: '2017' }],
    },
  },
  {
    // Dates first, then the title and "Company, City" lines (docx package, list bullets).
    file: '10-dates-first.docx',
    lines: [
      ...header('Sofia Lindqvist', 'Registered Nurse', 'Minneapolis, MN | sofia.lindqvist@example.com | 612-555-0110'),
      heading('Summary'),
      text('Registered nurse with eight years in emergency and critical care.'),
      heading('Experience'),
      text('Nov 2019 – Present'),
      text('Charge Nurse'),
      text('Mercy General Hospital, Minneapolis, MN'),
      bullet('Coordinate a team of twelve nurses per shift in a 40-bed emergency department.'),
      text('Jul 2015 – Oct 2019'),
      text('Staff Nurse'),
      text('Lakeside Medical Center, St. Paul, MN'),
      bullet('Cared for up to six ICU patients per shift.'),
      heading('Projects'),
      text('Sepsis Screening Pilot — a triage checklist adopted hospital-wide'),
      heading('Education'),
      text('B.S. in Nursing, University of Minnesota, 2011 – 2015'),
      heading('Skills'),
      text('Triage, Patient Care, Electronic Health Records, Team Leadership'),
      heading('Certifications'),
      text('Advanced Cardiovascular Life Support (ACLS) — American Heart Association, 2023'),
    ],
    expected: {
      layout: 'dates line / Title / Company, City',
      headline: 'Registered Nurse',
      summaryStartsWith: 'Registered nurse with eight',
      roles: [
        {
          title: 'Charge Nurse',
          company: 'Mercy General Hospital',
          location: 'Minneapolis, MN',
          start: '2019-11',
          end: 'present',
        },
        {
          title: 'Staff Nurse',
          company: 'Lakeside Medical Center',
          location: 'St. Paul, MN',
          start: '2015-07',
          end: '2019-10',
        },
      ],
      projects: ['Sepsis Screening Pilot'],
      certifications: [
        { name: 'Advanced Cardiovascular Life Support (ACLS)', issuer: 'American Heart Association', date: '2023' },
      ],
    },
  },
  {
    // Day-precision dates and a role given only as a length of time.
    file: '11-day-dates-and-durations.txt',
    lines: [
      ...header('Rahul Menon', 'Site Engineer', 'Kochi, Kerala | rahul.menon@example.com | +91 484 555 0111'),
      heading('PROFILE'),
      text('Civil site engineer for residential towers and roads.'),
      heading('PROFESSIONAL EXPERIENCE'),
      text('Site Engineer — Coastal Builders Pvt Ltd, Kochi, Kerala'),
      text('15/06/2019 – Present'),
      bullet('Supervise concrete works for a 14-storey residential tower.'),
      text('Junior Engineer — Metro Roads Ltd'),
      text('Duration: 1.5 years'),
      bullet('Checked levels and quantities for 12 km of road.'),
      heading('PROJECTS'),
      text('Bridge Load Study — final-year project on a steel truss bridge'),
      heading('EDUCATION'),
      text('B.Tech in Civil Engineering, Cochin University, 2012 – 2016'),
      heading('SKILLS'),
      text('AutoCAD, Site Supervision, Quantity Surveying, MS Project'),
      heading('CERTIFICATIONS'),
      text('Primavera P6 Professional, Oracle, 2018'),
    ],
    expected: {
      layout: 'day dates; a role with only a duration',
      headline: 'Site Engineer',
      summaryStartsWith: 'Civil site engineer',
      roles: [
        {
          title: 'Site Engineer',
          company: 'Coastal Builders Pvt Ltd',
          location: 'Kochi, Kerala',
          start: '2019-06-15',
          end: 'present',
        },
        {
          title: 'Junior Engineer',
          company: 'Metro Roads Ltd',
          location: null,
          start: null,
          end: null,
          durationMonths: 18,
        },
      ],
      projects: ['Bridge Load Study'],
      certifications: [{ name: 'Primavera P6 Professional', issuer: 'Oracle', date: '2018' }],
    },
  },
  {
    // Two columns: a sidebar (contact, skills, education) beside the main column.
    file: '12-two-column.pdf',
    sidebar: [
      { kind: 'name', text: 'Lena Fischer' },
      text('lena.fischer@example.com'),
      text('555-0112'),
      text('Berlin, Germany'),
      heading('SKILLS'),
      text('Python'),
      text('SQL'),
      text('Airflow'),
      text('Spark'),
      heading('EDUCATION'),
      text('M.Sc. Data Science'),
      text('TU Berlin, 2016'),
    ],
    lines: [
      { kind: 'headline', text: 'Data Engineer' },
      heading('SUMMARY'),
      text('Data engineer building batch and streaming pipelines.'),
      heading('EXPERIENCE'),
      text('Data Engineer — Tessier-Ashpool GmbH'),
      text('Jan 2019 – Present'),
      bullet('Built the Spark pipelines behind billing.'),
      text('Junior Data Engineer — Massive Dynamic AG'),
      text('Mar 2016 – Dec 2018'),
      bullet('Moved cron jobs to Airflow.'),
      heading('PROJECTS'),
      text('Schema Diff — compares warehouse schemas'),
      heading('CERTIFICATIONS'),
      text('Databricks Certified Data Engineer Associate — Databricks, 2022'),
    ],
    expected: {
      layout: 'two columns (sidebar left), drawn column after column',
      headline: 'Data Engineer',
      summaryStartsWith: 'Data engineer building',
      roles: [
        { title: 'Data Engineer', company: 'Tessier-Ashpool GmbH', location: null, start: '2019-01', end: 'present' },
        {
          title: 'Junior Data Engineer',
          company: 'Massive Dynamic AG',
          location: null,
          start: '2016-03',
          end: '2018-12',
        },
      ],
      projects: ['Schema Diff'],
      certifications: [{ name: 'Databricks Certified Data Engineer Associate', issuer: 'Databricks', date: '2022' }],
    },
  },
  {
    // The same two columns, drawn row by row: the text layer interleaves the columns line by line.
    file: '15-two-column-interleaved.pdf',
    interleave: true,
    sidebar: [
      { kind: 'name', text: 'Jonas Berg' },
      text('jonas.berg@example.com'),
      text('555-0115'),
      text('Oslo, Norway'),
      heading('SKILLS'),
      text('Kotlin'),
      text('Android'),
      text('Jetpack Compose'),
      text('Firebase'),
      heading('EDUCATION'),
      text('B.Sc. Informatics'),
      text('University of Oslo, 2014'),
    ],
    lines: [
      { kind: 'headline', text: 'Android Developer' },
      heading('SUMMARY'),
      text('Android developer who ships accessible, offline-first apps.'),
      heading('EXPERIENCE'),
      text('Senior Android Developer — Nordlys Apps AS'),
      text('Feb 2020 – Present'),
      bullet('Rebuilt the banking app in Jetpack Compose.'),
      text('Android Developer — Fjord Mobile AS'),
      text('Aug 2014 – Jan 2020'),
      bullet('Shipped offline sync for field workers.'),
      heading('PROJECTS'),
      text('Compose Lint Rules — checks for accessible Compose code'),
      heading('CERTIFICATIONS'),
      text('Associate Android Developer — Google, 2019'),
    ],
    expected: {
      layout: 'two columns drawn row by row',
      headline: 'Android Developer',
      summaryStartsWith: 'Android developer who ships',
      roles: [
        {
          title: 'Senior Android Developer',
          company: 'Nordlys Apps AS',
          location: null,
          start: '2020-02',
          end: 'present',
        },
        { title: 'Android Developer', company: 'Fjord Mobile AS', location: null, start: '2014-08', end: '2020-01' },
      ],
      projects: ['Compose Lint Rules'],
      certifications: [{ name: 'Associate Android Developer', issuer: 'Google', date: '2019' }],
    },
  },
  {
    // Two columns as a Word table: a sidebar cell and a main cell.
    file: '16-two-column-table.docx',
    sidebar: [
      { kind: 'name', text: 'Amara Okafor' },
      text('amara.okafor@example.com'),
      text('555-0116'),
      text('Lagos, Nigeria'),
      heading('SKILLS'),
      text('Financial Modelling'),
      text('Excel'),
      text('IFRS'),
      heading('EDUCATION'),
      text('B.Sc. Accounting, University of Lagos, 2012'),
    ],
    lines: [
      { kind: 'headline', text: 'Financial Analyst' },
      heading('SUMMARY'),
      text('Financial analyst covering budgeting, forecasting and audit preparation.'),
      heading('EXPERIENCE'),
      right('Senior Financial Analyst, Acacia Bank Plc', 'Jul 2018 – Present'),
      bullet('Own the quarterly forecast for retail banking.'),
      right('Audit Associate, Baobab Partners LLP', 'Sep 2012 – Jun 2018'),
      bullet('Audited manufacturing and telecom clients.'),
      heading('PROJECTS'),
      text('Branch Profitability Model — a driver-based model adopted by the retail division'),
      heading('CERTIFICATIONS'),
      text('Chartered Financial Analyst (CFA) Level II — CFA Institute, 2020'),
    ],
    expected: {
      layout: 'two columns as a table; Title, Company <tab> dates',
      headline: 'Financial Analyst',
      summaryStartsWith: 'Financial analyst covering',
      roles: [
        {
          title: 'Senior Financial Analyst',
          company: 'Acacia Bank Plc',
          location: null,
          start: '2018-07',
          end: 'present',
        },
        { title: 'Audit Associate', company: 'Baobab Partners LLP', location: null, start: '2012-09', end: '2018-06' },
      ],
      projects: ['Branch Profitability Model'],
      certifications: [{ name: 'Chartered Financial Analyst (CFA) Level II', issuer: 'CFA Institute', date: '2020' }],
    },
  },
  {
    // Title, company and dates each on a line of their own; no headline under the name.
    file: '13-three-line-header.pdf',
    lines: [
      ...header('Chen Wei', null, 'San Jose, CA | chen.wei@example.com | 408-555-0113'),
      heading('SUMMARY'),
      text('Embedded software engineer with a decade of firmware for medical devices.'),
      heading('EXPERIENCE'),
      text('Principal Firmware Engineer'),
      text('Oscorp Medical'),
      text('September 2018 - Present'),
      bullet('Own the firmware for an infusion pump line.'),
      text('Firmware Engineer'),
      text('Gringotts Devices Inc.'),
      text('June 2013 - August 2018'),
      bullet('Wrote the Bluetooth stack for a glucose meter.'),
      heading('PROJECTS'),
      text('tinyrtos-tests — a test harness for small RTOS kernels'),
      heading('EDUCATION'),
      text('B.S. Electrical Engineering, San Jose State University, 2009 – 2013'),
      heading('SKILLS'),
      text('C, C++, FreeRTOS, ARM Cortex-M, Bluetooth Low Energy'),
      heading('CERTIFICATIONS'),
      text('Certified Software Development Professional — IEEE Computer Society, 2016'),
    ],
    expected: {
      layout: 'Title / Company / dates lines; headline from the summary',
      headline: 'Embedded software engineer',
      summaryStartsWith: 'Embedded software engineer with',
      roles: [
        {
          title: 'Principal Firmware Engineer',
          company: 'Oscorp Medical',
          location: null,
          start: '2018-09',
          end: 'present',
        },
        {
          title: 'Firmware Engineer',
          company: 'Gringotts Devices Inc.',
          location: null,
          start: '2013-06',
          end: '2018-08',
        },
      ],
      projects: ['tinyrtos-tests'],
      certifications: [
        { name: 'Certified Software Development Professional', issuer: 'IEEE Computer Society', date: '2016' },
      ],
    },
  },
  {
    // "Company Details / company - X / description - …": job-board exports that keep no header lines.
    file: '14-company-details.txt',
    lines: [
      ...header('Meera Pillai', 'HR Executive', 'meera.pillai@example.com | +91 80 5550 0114 | Bengaluru, Karnataka'),
      heading('Skill Details'),
      text('Recruitment- Exprience - 36 months'),
      text('Payroll- Exprience - 24 months'),
      heading('Company Details'),
      text('company - Sunrise Staffing Solutions'),
      text('description - HR Executive, Apr 2019 to till date'),
      text('Handled end-to-end recruitment for IT clients.'),
      text('company - Lotus Retail Pvt Ltd'),
      text('description - Worked as HR Assistant in Lotus Retail from June 2016 to March 2019.'),
      text('company - Green Leaf Traders'),
      text('description -'),
      heading('Projects'),
      text('Title : Employee Onboarding Portal'),
      heading('Certifications'),
      text('SHRM Certified Professional (SHRM-CP), 2020'),
    ],
    expected: {
      layout: 'company - X / description - … (dates and titles inside descriptions)',
      headline: 'HR Executive',
      summaryStartsWith: null,
      roles: [
        {
          title: 'HR Executive',
          company: 'Sunrise Staffing Solutions',
          location: null,
          start: '2019-04',
          end: 'present',
        },
        { title: 'HR Assistant', company: 'Lotus Retail Pvt Ltd', location: null, start: '2016-06', end: '2019-03' },
        { title: '', company: 'Green Leaf Traders', location: null, start: null, end: null },
      ],
      projects: ['Employee Onboarding Portal'],
      certifications: [{ name: 'SHRM Certified Professional (SHRM-CP)', issuer: null, date: '2020' }],
    },
  },
];

const TOOLS: Record<string, Tool> = {
  '01-title-dash-company.docx': 'docx',
  '02-title-comma-company.pdf': 'pdf-lib',
  '03-company-city-then-title-dates.pdf': 'pdfkit',
  '04-pipes.txt': 'txt',
  '05-tabs.docx': 'wordml',
  '06-dates-left.pdf': 'pdfkit',
  '07-company-first-dash.docx': 'wordml',
  '08-title-at-company.txt': 'txt',
  '09-labelled-fields.pdf': 'pdf-lib',
  '10-dates-first.docx': 'docx',
  '11-day-dates-and-durations.txt': 'txt',
  '12-two-column.pdf': 'pdf-lib',
  '13-three-line-header.pdf': 'pdfkit',
  '14-company-details.txt': 'txt',
  '15-two-column-interleaved.pdf': 'pdfkit',
  '16-two-column-table.docx': 'docx',
};

// ---- plain text

function toText(lines: Line[]): string {
  const out: string[] = [];
  for (const line of lines) {
    if (line.kind === 'heading' && out.length > 0) out.push('');
    if (line.kind === 'cols') out.push(line.parts.map((p) => p.text).join('    '));
    else out.push(line.kind === 'bullet' ? `• ${line.text}` : line.text);
  }
  return `${out.join('\n')}\n`;
}

// ---- PDF: one layout routine, two drawing back ends

interface Pen {
  width(text: string, bold: boolean, size: number): number;
  draw(text: string, x: number, y: number, bold: boolean, size: number): void;
  newPage(): void;
}
const PAGE = { width: 612, height: 792, margin: 54 };
const SIZES: Record<Line['kind'], number> = {
  name: 18,
  headline: 12,
  contact: 9,
  heading: 11,
  text: 10,
  bullet: 10,
  cols: 10,
};

function wrap(pen: Pen, text: string, bold: boolean, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && pen.width(next, bold, size) > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...out, line] : out;
}

/** Draws lines in a column from (x, y) and returns where it stopped. */
function layColumn(pen: Pen, lines: Line[], x: number, width: number, startY: number): number {
  let y = startY;
  const ensure = (size: number) => {
    if (y < PAGE.margin + size) {
      pen.newPage();
      y = PAGE.height - PAGE.margin;
    }
  };
  for (const line of lines) {
    const size = SIZES[line.kind];
    const bold = line.kind === 'name' || line.kind === 'heading';
    if (line.kind === 'heading') y -= 8;
    if (line.kind === 'cols') {
      ensure(size);
      for (const part of line.parts) {
        const px = part.align === 'right' ? x + width - pen.width(part.text, false, size) : x + part.x;
        pen.draw(part.text, px, y, false, size);
      }
      y -= size * 1.35;
      continue;
    }
    const indent = line.kind === 'bullet' ? 12 : 0;
    wrap(pen, line.text, bold, size, width - indent).forEach((piece, i) => {
      ensure(size);
      const shown = line.kind === 'bullet' && i === 0 ? `• ${piece}` : piece;
      pen.draw(shown, x + (line.kind === 'bullet' && i > 0 ? indent : 0), y, bold, size);
      y -= size * 1.35;
    });
    y -= line.kind === 'name' ? 4 : line.kind === 'contact' ? 6 : 1;
  }
  return y;
}

function layPdf(pen: Pen, fixture: Fixture) {
  const top = PAGE.height - PAGE.margin;
  const full = PAGE.width - 2 * PAGE.margin;
  if (!fixture.sidebar) {
    layColumn(pen, fixture.lines, PAGE.margin, full, top);
    return;
  }
  const sideWidth = 150;
  // Interleaved: record both columns, then draw top to bottom, left to right across the page.
  const calls: { t: string; x: number; y: number; bold: boolean; size: number }[] = [];
  const target: Pen = fixture.interleave
    ? { ...pen, draw: (t, x, y, bold, size) => calls.push({ t, x, y, bold, size }) }
    : pen;
  layColumn(target, fixture.sidebar, PAGE.margin, sideWidth, top);
  layColumn(target, fixture.lines, PAGE.margin + sideWidth + 24, full - sideWidth - 24, top - 22);
  calls.sort((a, b) => b.y - a.y || a.x - b.x).forEach((c) => pen.draw(c.t, c.x, c.y, c.bold, c.size));
}

async function pdfLib(fixture: Fixture): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  pdf.setProducer('GiveMeJobs layout fixtures (pdf-lib)');
  const fonts: Record<'regular' | 'bold', PDFFont> = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  layPdf(
    {
      width: (t, bold, size) => fonts[bold ? 'bold' : 'regular'].widthOfTextAtSize(t, size),
      draw: (t, x, y, bold, size) => page.drawText(t, { x, y, size, font: fonts[bold ? 'bold' : 'regular'] }),
      newPage: () => {
        page = pdf.addPage([PAGE.width, PAGE.height]);
      },
    },
    fixture,
  );
  return pdf.save({ useObjectStreams: false });
}

async function pdfKit(fixture: Fixture): Promise<Uint8Array> {
  const doc = new PDFKit({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    autoFirstPage: true,
    info: { Producer: 'GiveMeJobs layout fixtures (pdfkit)', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const font = (bold: boolean, size: number) => doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
  layPdf(
    {
      width: (t, bold, size) => font(bold, size).widthOfString(t),
      // pdfkit places text by its top edge; pdf-lib (and the layout above) by the baseline.
      draw: (t, x, y, bold, size) => {
        font(bold, size).text(t, x, PAGE.height - y - size * 0.8, { lineBreak: false });
      },
      newPage: () => {
        doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
      },
    },
    fixture,
  );
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

// ---- DOCX

const pinZip = (zip: JSZip) => pinZipAt(zip, FIXED_DATE);

/** The docx package: list bullets as real Word numbering, column parts at tab stops, two columns as a table. */
async function docxPackage(fixture: Fixture): Promise<Uint8Array> {
  const main = docxParagraphs(fixture.lines);
  const children = fixture.sidebar
    ? [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              children: [
                new TableCell({
                  width: { size: 30, type: WidthType.PERCENTAGE },
                  children: docxParagraphs(fixture.sidebar),
                }),
                new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: main }),
              ],
            }),
          ],
        }),
      ]
    : main;
  const doc = new Document({
    creator: 'GiveMeJobs layout fixtures',
    numbering: { config: [] },
    sections: [{ children }],
  });
  return pinZip(await JSZip.loadAsync(await Packer.toBuffer(doc)));
}

function docxParagraphs(lines: Line[]): Paragraph[] {
  return lines.map((line) => {
    if (line.kind === 'bullet') return new Paragraph({ text: line.text, bullet: { level: 0 } });
    if (line.kind === 'cols') {
      return new Paragraph({
        tabStops: line.parts.slice(1).map((p) => ({
          type: p.align === 'right' ? TabStopType.RIGHT : TabStopType.LEFT,
          position: Math.round(p.x * 20),
        })),
        children: line.parts.map((p, i) => new TextRun({ children: i === 0 ? [p.text] : [new Tab(), p.text] })),
      });
    }
    const bold = line.kind === 'name' || line.kind === 'heading';
    const size = line.kind === 'name' ? 32 : line.kind === 'contact' ? 18 : 21;
    const alignment = line.kind === 'name' || line.kind === 'contact' ? AlignmentType.CENTER : AlignmentType.LEFT;
    return new Paragraph({ alignment, children: [new TextRun({ text: line.text, bold, size })] });
  });
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** WordprocessingML written by hand: bullets through a numbering part, columns as <w:tab/> runs. */
async function wordml(fixture: Fixture): Promise<Uint8Array> {
  const run = (t: string, bold = false) =>
    `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlEscape(t)}</w:t></w:r>`;
  const body = fixture.lines
    .map((line) => {
      if (line.kind === 'bullet')
        return `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(line.text)}</w:p>`;
      if (line.kind === 'cols') {
        const tabs = line.parts
          .slice(1)
          .map((p) => `<w:tab w:val="${p.align === 'right' ? 'right' : 'left'}" w:pos="${Math.round(p.x * 20)}"/>`)
          .join('');
        const runs = line.parts.map((p, i) => (i === 0 ? run(p.text) : `<w:r><w:tab/></w:r>${run(p.text)}`)).join('');
        return `<w:p><w:pPr><w:tabs>${tabs}</w:tabs></w:pPr>${runs}</w:p>`;
      }
      return `<w:p>${run(line.text, line.kind === 'name' || line.kind === 'heading')}</w:p>`;
    })
    .join('');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/numbering" Target="numbering.xml"/></Relationships>`,
  );
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return pinZip(zip);
}

const RENDER: Record<Tool, (f: Fixture) => Promise<Uint8Array | string>> = {
  'pdf-lib': pdfLib,
  pdfkit: pdfKit,
  docx: docxPackage,
  wordml,
  txt: (f) => Promise.resolve(toText([...(f.sidebar ?? []), ...f.lines])),
};

async function main() {
  mkdirSync(OUT, { recursive: true });
  const expected: Record<string, Expected> = {};
  for (const fixture of FIXTURES) {
    const tool = TOOLS[fixture.file];
    if (!tool) throw new Error(`No tool for ${fixture.file}`);
    const content = await RENDER[tool](fixture);
    writeFileSync(path.join(OUT, fixture.file), content);
    expected[fixture.file] = { tool, ...fixture.expected };
    console.log(`${fixture.file.padEnd(40)} ${tool.padEnd(8)} ${content.length} bytes`);
  }
  // Formatted as the repository formats JSON, so the check-in stays as generated.
  const file = path.join(OUT, 'expected.json');
  const options = { ...(await resolveConfig(file)), parser: 'json' };
  writeFileSync(file, await format(JSON.stringify(expected), options));
}

await main();
