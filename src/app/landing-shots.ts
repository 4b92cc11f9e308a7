/**
 * The product screenshots on the landing page. scripts/take-screenshots.ts photographs each `path`
 * from the running app, signed in as `who` (a demo account), and writes public/screenshots/<file>
 * at exactly width x height, so the page can reserve their space.
 */
export interface LandingShot {
  file: string;
  who: 'seeker' | 'recruiter';
  path: string;
  width: number;
  height: number;
  eyebrow: string;
  title: string;
  text: string;
  alt: string;
  href: string;
  cta: string;
}

const SIZE = { width: 960, height: 600 } as const;

export const LANDING_SHOTS: readonly LandingShot[] = [
  {
    file: 'matches.webp',
    who: 'seeker',
    path: '/matches',
    ...SIZE,
    eyebrow: 'Matching with reasons',
    title: 'Every match says why',
    text: 'Jobs are ranked by a score built from your skills, experience, location and salary wishes. Each one lists the skills you already have, the ones it asks for that you lack, and how much each part counted.',
    alt: 'The matches page: jobs ranked by match score, each with the skills the seeker has and the ones missing.',
    href: '/sign-up',
    cta: 'See your matches',
  },
  {
    file: 'board.webp',
    who: 'seeker',
    path: '/applications',
    ...SIZE,
    eyebrow: 'Tracking',
    title: 'One board for every application',
    text: 'Save jobs from the search, add one from its web address or by hand, then move them from saved to applied, interview and offer. Notes, contacts and interview dates stay with each application.',
    alt: 'The applications board: columns for saved, applied, interview and offer, with a card per job.',
    href: '/sign-up',
    cta: 'Start tracking',
  },
  {
    file: 'analytics.webp',
    who: 'seeker',
    path: '/analytics',
    ...SIZE,
    eyebrow: 'Analytics',
    title: 'Learn what gets answers',
    text: 'See your response, interview and offer rates, how long companies take to answer, and which kinds of jobs answer you most, with advice drawn from your own applications.',
    alt: 'The analytics page: response, interview and offer rates, with recommendations from the seeker’s applications.',
    href: '/sign-up',
    cta: 'Try it',
  },
  {
    file: 'recruiter.webp',
    who: 'recruiter',
    path: '/recruiter',
    ...SIZE,
    eyebrow: 'For recruiters',
    title: 'Post jobs and meet ranked applicants',
    text: 'Recruiters post jobs for their company and see applicants ranked by the same explainable match score, with the profile each one shared. Moving an applicant along tells them where they stand.',
    alt: 'The recruiter dashboard: the company’s jobs with their applicant counts.',
    href: '/sign-up',
    cta: 'Hire with GiveMeJobs',
  },
];
