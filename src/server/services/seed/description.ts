/**
 * Posting text: a short templated intro, then real O*NET task statements and technology
 * names, so full-text search and matching see the vocabulary of the real occupation.
 */
import type { JobType, RemoteType } from '@/lib/validators/enums';
import type { Rng } from './random';

export interface DescriptionInput {
  title: string;
  companyName: string;
  /** "Austin, TX", "Remote (US)"... */
  location: string;
  remoteType: RemoteType;
  jobType: JobType;
  requiredYears: number;
  /** First sentence of the O*NET occupation description. */
  summary: string;
  tasks: readonly string[];
  tools: readonly string[];
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

const INTROS: readonly ((d: DescriptionInput) => string)[] = [
  (d) => `${d.companyName} is hiring ${article(d.title)} ${d.title}.`,
  (d) => `Join ${d.companyName} as ${article(d.title)} ${d.title}.`,
  (d) => `${d.companyName} is looking for ${article(d.title)} ${d.title} to strengthen a growing team.`,
  (d) => `We are ${d.companyName}, and we are adding ${article(d.title)} ${d.title} to our team.`,
];

function arrangement(d: DescriptionInput): string {
  if (d.remoteType === 'remote')
    return d.location === 'Remote'
      ? 'This role is fully remote.'
      : 'This role is fully remote within the United States.';
  if (d.remoteType === 'hybrid')
    return `This is a hybrid role based in ${d.location}, with two to three office days a week.`;
  return `This role is on-site in ${d.location}.`;
}

const JOB_TYPE_NOTE: Readonly<Record<JobType, string>> = {
  'full-time': '',
  'part-time': ' This is a part-time position.',
  contract: ' This is a contract engagement.',
  temporary: ' This is a temporary position.',
  internship: ' This is a paid internship.',
};

function experience(years: number): string {
  if (years === 0) return '- No prior experience required; training is provided.';
  return `- ${years}+ year${years === 1 ? '' : 's'} of relevant experience.`;
}

export function firstSentence(text: string): string {
  const end = text.search(/\.\s/);
  return end === -1 ? text : text.slice(0, end + 1);
}

export function buildDescription(rng: Rng, d: DescriptionInput): string {
  const parts = [
    `${rng.pick(INTROS)(d)} ${arrangement(d)}${JOB_TYPE_NOTE[d.jobType]}`,
    `About the role: ${d.summary}`,
    `What you will do:\n${d.tasks.map((t) => `- ${t}`).join('\n')}`,
    `What we are looking for:\n${experience(d.requiredYears)}`,
  ];
  if (d.tools.length > 0) parts.push(`Tools and technologies: ${d.tools.join(', ')}.`);
  return parts.join('\n\n');
}
