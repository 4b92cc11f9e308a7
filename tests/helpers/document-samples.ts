/**
 * A rich resume and a cover letter in the generated-document shape, for the export tests: dates of
 * every precision, a current role, a role with no dates, a degree with a field, projects and a
 * certificate, and characters that mean something in HTML, Markdown and JSON.
 */
import type { CoverLetterContent, ResumeContent } from '@/lib/validators/documents';

const d = (date: string | null, precision: 'day' | 'month' | 'year' | 'unknown') => ({ date, precision });
const fact = (text: string, id: string) => ({ text, factIds: [id] });

export const richResume: ResumeContent = {
  kind: 'resume',
  person: {
    name: 'Jane Doe',
    email: 'jane.doe@example.com',
    headline: 'Senior Data Analyst',
    location: 'Austin, TX',
    phone: null,
    links: [],
  },
  sections: [
    {
      type: 'summary',
      title: 'Summary',
      paragraphs: [fact('Data analyst with eight years in retail analytics & forecasting.', 'person:summary')],
    },
    {
      type: 'experience',
      title: 'Experience',
      items: [
        {
          factId: 'exp-1',
          title: 'Senior Data Analyst',
          company: 'Acme Corp',
          location: 'Austin, TX',
          start: d('2020-01-01', 'month'),
          end: d(null, 'unknown'),
          isCurrent: true,
          bullets: [
            fact('Built Tableau dashboards used by 40 stores.', 'exp-1'),
            fact('Automated weekly reporting with Python and SQL.', 'exp-1'),
          ],
        },
        {
          factId: 'exp-2',
          title: 'Data Analyst',
          company: 'Globex Corporation',
          location: null,
          start: d('2016-01-01', 'year'),
          end: d('2019-12-14', 'day'),
          isCurrent: false,
          bullets: [fact('Cleaned and modelled sales data for <regional> managers.', 'exp-2')],
        },
        {
          factId: 'exp-3',
          title: 'Junior Analyst',
          company: 'Initech',
          location: 'Dallas, TX',
          start: d('2014-06-01', 'month'),
          end: d('2015-12-01', 'month'),
          isCurrent: false,
          bullets: [],
        },
      ],
    },
    {
      type: 'skills',
      title: 'Skills',
      items: ['Python', 'SQL', 'Tableau', 'Power BI', 'Machine Learning', 'Statistics'].map((name, i) => ({
        factId: `skill-${i}`,
        name,
      })),
    },
    {
      type: 'education',
      title: 'Education',
      items: [
        {
          factId: 'edu-1',
          institution: 'University of Texas at Austin',
          degree: 'B.Sc.',
          fieldOfStudy: 'Computer Science',
          start: d('2010-01-01', 'year'),
          end: d('2014-01-01', 'year'),
          grade: null,
        },
        {
          factId: 'edu-2',
          institution: 'Rice University',
          degree: 'MBA',
          fieldOfStudy: null,
          start: d(null, 'unknown'),
          end: d('2019-05-01', 'month'),
          grade: null,
        },
      ],
    },
    {
      type: 'projects',
      title: 'Projects',
      items: [
        {
          factId: 'proj-1',
          name: 'Store Forecast',
          url: null,
          bullets: [fact('Forecast demand for 40 stores with Prophet.', 'proj-1')],
        },
      ],
    },
    {
      type: 'certifications',
      title: 'Certifications',
      items: [
        {
          factId: 'cert-1',
          name: 'AWS Certified Cloud Practitioner',
          issuer: 'Amazon Web Services',
          issuedOn: d('2021-03-01', 'month'),
        },
      ],
    },
  ],
};

export const coverLetter: CoverLetterContent = {
  kind: 'cover_letter',
  person: richResume.person,
  recipient: { company: 'Northwind Traders', jobTitle: 'Lead Data Analyst' },
  date: '2026-03-14',
  greeting: 'Dear Hiring Team,',
  paragraphs: [
    fact('I am applying for the Lead Data Analyst role at Northwind Traders.', 'person:headline'),
    fact('At Acme Corp I built Tableau dashboards used by 40 stores.', 'exp-1'),
    fact('I would welcome the chance to talk about how I can help your team.', 'person:name'),
  ],
  closing: 'Kind regards,',
};
