/**
 * The job search tests' hand-made set of jobs, whose expected results the tests work out by hand:
 * fifteen open jobs and one closed one, inserted into a given database.
 */
import type { Database } from '@/server/db';
import { insertJob } from './jobs';

const yearly = (usd: number) => ({
  salaryMin: usd,
  salaryMax: usd,
  salaryCurrency: 'USD',
  salaryPeriod: 'year' as const,
  salaryAnnualUsd: usd,
});

/**
 * The jobs, newest first by daysAgo. Salaries are yearly USD; "—" is unknown.
 *
 *  key           title                           company               location        remote  type        salary  days
 *  pyTitle       Senior Python Developer         Acme Robotics         Austin, TX      hybrid  full-time   150000   0.8
 *  pyDesc        Backend Engineer (Python in the description)  Globex  Chicago, IL     onsite  full-time   140000     2
 *  javaDev       Java Developer                  Acme Robotics         Austin, TX      onsite  full-time   130000     3
 *  nurse         Registered Nurse                St. Mary Hospital     Denver, CO      onsite  part-time        —     4
 *  pyRemote      Python Data Engineer (+ Python in the description)  Initech  Remote (US)  remote  contract  120000  5
 *  analyst       Data Analyst                    Initech               Remote          remote  full-time        —     6
 *  platform      Platform Engineer (description: "senior-level")  Globex  Seattle, WA  hybrid  full-time   125000     8
 *  nurseRemote   Nurse Case Manager              CarePlus              Austin, TX      remote  full-time    90000    10
 *  salesEng      Sales Engineer                  Globex                New York, NY    hybrid  full-time   110000    15
 *  intern        Software Engineering Intern     Initech               Boston, MA      onsite  internship   40000    18
 *  seniorSales   Senior Sales Engineer           Umbrella              New York, NY    onsite  full-time   135000    20
 *  engManager    Engineering Manager (sales and engineer apart)  Umbrella  Denver, CO  onsite  full-time   160000    25
 *  psf           Office Manager                  Python Software Foundation  Boston, MA  hybrid  full-time   70000    30
 *  warehouse     Warehouse Associate             Umbrella              Dallas, TX      onsite  temporary    35000    45
 *  accountant    Accountant                      Globex                Boston, MA      onsite  full-time    80000   200
 *  closed        Senior Python Developer         Acme Robotics         Austin, TX      hybrid  full-time   150000   0.5  (closed)
 */
export async function insertSearchJobs(db: Database): Promise<Record<string, string>> {
  const id: Record<string, string> = {};
  const add = async (key: string, fields: Parameters<typeof insertJob>[1]) => {
    id[key] = (await insertJob(db, fields)).id;
  };
  await add('pyTitle', {
    title: 'Senior Python Developer',
    companyName: 'Acme Robotics',
    description: 'Build data pipelines and public APIs.',
    location: 'Austin, TX',
    remoteType: 'hybrid',
    jobType: 'full-time',
    ...yearly(150_000),
    daysAgo: 0.8,
  });
  await add('pyDesc', {
    title: 'Backend Engineer',
    companyName: 'Globex',
    description: 'You will write Python services and maintain APIs.',
    location: 'Chicago, IL',
    remoteType: 'onsite',
    jobType: 'full-time',
    ...yearly(140_000),
    daysAgo: 2,
  });
  await add('javaDev', {
    title: 'Java Developer',
    companyName: 'Acme Robotics',
    description: 'Spring Boot services for logistics.',
    location: 'Austin, TX',
    remoteType: 'onsite',
    jobType: 'full-time',
    ...yearly(130_000),
    daysAgo: 3,
  });
  await add('nurse', {
    title: 'Registered Nurse',
    companyName: 'St. Mary Hospital',
    description: 'Patient care in the intensive care unit.',
    location: 'Denver, CO',
    remoteType: 'onsite',
    jobType: 'part-time',
    daysAgo: 4,
  });
  await add('pyRemote', {
    title: 'Python Data Engineer',
    companyName: 'Initech',
    description: 'Build ETL jobs in Python and dbt.',
    location: 'Remote (US)',
    remoteType: 'remote',
    jobType: 'contract',
    ...yearly(120_000),
    daysAgo: 5,
  });
  await add('analyst', {
    title: 'Data Analyst',
    companyName: 'Initech',
    description: 'Dashboards and reporting for finance.',
    location: 'Remote',
    remoteType: 'remote',
    jobType: 'full-time',
    daysAgo: 6,
  });
  await add('platform', {
    title: 'Platform Engineer',
    companyName: 'Globex',
    description: 'A senior-level role running Kubernetes clusters.',
    location: 'Seattle, WA',
    remoteType: 'hybrid',
    jobType: 'full-time',
    ...yearly(125_000),
    daysAgo: 8,
  });
  await add('nurseRemote', {
    title: 'Nurse Case Manager',
    companyName: 'CarePlus',
    description: 'Telephonic case management for members.',
    location: 'Austin, TX',
    remoteType: 'remote',
    jobType: 'full-time',
    ...yearly(90_000),
    daysAgo: 10,
  });
  await add('salesEng', {
    title: 'Sales Engineer',
    companyName: 'Globex',
    description: 'Demo products to customers.',
    location: 'New York, NY',
    remoteType: 'hybrid',
    jobType: 'full-time',
    ...yearly(110_000),
    daysAgo: 15,
  });
  await add('intern', {
    title: 'Software Engineering Intern',
    companyName: 'Initech',
    description: 'Learn to ship web features.',
    location: 'Boston, MA',
    remoteType: 'onsite',
    jobType: 'internship',
    ...yearly(40_000),
    daysAgo: 18,
  });
  await add('seniorSales', {
    title: 'Senior Sales Engineer',
    companyName: 'Umbrella',
    description: 'Own technical demos for enterprise accounts.',
    location: 'New York, NY',
    remoteType: 'onsite',
    jobType: 'full-time',
    ...yearly(135_000),
    daysAgo: 20,
  });
  await add('engManager', {
    title: 'Engineering Manager',
    companyName: 'Umbrella',
    description: 'Support sales teams and lead every engineer on the platform team.',
    location: 'Denver, CO',
    remoteType: 'onsite',
    jobType: 'full-time',
    ...yearly(160_000),
    daysAgo: 25,
  });
  await add('psf', {
    title: 'Office Manager',
    companyName: 'Python Software Foundation',
    description: 'Run the office and plan events.',
    location: 'Boston, MA',
    remoteType: 'hybrid',
    jobType: 'full-time',
    ...yearly(70_000),
    daysAgo: 30,
  });
  await add('warehouse', {
    title: 'Warehouse Associate',
    companyName: 'Umbrella',
    description: 'Pick and pack orders.',
    location: 'Dallas, TX',
    remoteType: 'onsite',
    jobType: 'temporary',
    ...yearly(35_000),
    daysAgo: 45,
  });
  await add('accountant', {
    title: 'Accountant',
    companyName: 'Globex',
    description: 'Month-end close and reconciliations.',
    location: 'Boston, MA',
    remoteType: 'onsite',
    jobType: 'full-time',
    ...yearly(80_000),
    daysAgo: 200,
  });
  await add('closed', {
    title: 'Senior Python Developer',
    companyName: 'Acme Robotics',
    description: 'Build data pipelines in Python.',
    location: 'Austin, TX',
    remoteType: 'hybrid',
    jobType: 'full-time',
    ...yearly(150_000),
    daysAgo: 0.5,
    status: 'closed',
  });
  return id;
}

/** The open jobs' keys, newest first. */
export const NEWEST = [
  'pyTitle',
  'pyDesc',
  'javaDev',
  'nurse',
  'pyRemote',
  'analyst',
  'platform',
  'nurseRemote',
  'salesEng',
  'intern',
  'seniorSales',
  'engManager',
  'psf',
  'warehouse',
  'accountant',
];
