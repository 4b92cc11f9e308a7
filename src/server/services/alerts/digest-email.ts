/**
 * The digest mail of one alert run: plain text (job titles come from outside sources and never
 * become markup), up to DIGEST_LISTED jobs with links, the count of the rest, and a one-click
 * unsubscribe link that is also offered to mail clients (RFC 8058 List-Unsubscribe headers).
 */
import type { MailMessage } from '@/server/adapters/mail';

export const DIGEST_LISTED = 20;

export interface DigestJob {
  id: string;
  title: string;
  companyName: string;
  location: string;
  matchScore: number | null;
}

export interface DigestContent {
  to: string;
  firstName: string;
  searchName: string;
  minMatchScore: number | null;
  jobs: readonly DigestJob[];
  /** Every job of the run, listed or not. */
  total: number;
  appUrl: string;
  /** Where the full list is (the saved search's results, newest first). */
  resultsUrl: string;
  unsubscribeUrl: string;
}

/** One line, whatever the source put in it. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export const digestTitle = (total: number, searchName: string): string =>
  `${total.toLocaleString('en-US')} new ${total === 1 ? 'job' : 'jobs'} for "${oneLine(searchName)}"`;

export function jobLine(job: Pick<DigestJob, 'title' | 'companyName' | 'location' | 'matchScore'>): string {
  const score = job.matchScore === null ? '' : ` · ${Math.round(job.matchScore * 100)}% match`;
  return `${oneLine(job.title)} — ${oneLine(job.companyName)}, ${oneLine(job.location)}${score}`;
}

export function buildDigestEmail(c: DigestContent): MailMessage {
  const listed = c.jobs.slice(0, DIGEST_LISTED);
  const rest = c.total - listed.length;
  const lines = [
    `Hi ${oneLine(c.firstName)},`,
    '',
    `${digestTitle(c.total, c.searchName)}${c.minMatchScore ? ` (at least ${c.minMatchScore}% match)` : ''}:`,
    '',
    ...listed.flatMap((job, i) => [`${i + 1}. ${jobLine(job)}`, `   ${c.appUrl}/jobs/${job.id}`]),
    ...(rest > 0 ? ['', `…and ${rest.toLocaleString('en-US')} more: ${c.resultsUrl}`] : []),
    '',
    `Manage your saved searches and alerts: ${c.appUrl}/alerts`,
    `Stop alerts for "${oneLine(c.searchName)}" (one click, no sign-in): ${c.unsubscribeUrl}`,
  ];
  return {
    to: c.to,
    subject: digestTitle(c.total, c.searchName),
    text: lines.join('\n'),
    headers: {
      'List-Unsubscribe': `<${c.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
