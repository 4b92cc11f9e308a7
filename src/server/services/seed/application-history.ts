/**
 * Simulated application histories for the seed (pure, deterministic given the generator).
 *
 * Whether an application leads to an interview is drawn from a logistic model whose strongest
 * term is the match score, with smaller effects of company size, arrangement, weekday, salary
 * fit, industry and the seeker (unobserved). This gives the analytics and the prediction model
 * real signal to find, and some noise they cannot. The rest of the story (how fast the company
 * answers, offers, rejections, silence) follows typical timings. Nothing is dated after `now`:
 * a story that would continue later simply stops at today's status.
 */
import type { ApplicationStatus, CompanySize, RemoteType } from '@/lib/validators/enums';
import type { Rng } from './random';

const DAY_MS = 86_400_000;

export interface ApplicationSetting {
  appliedAt: Date;
  matchScore: number;
  companySize: CompanySize | null;
  remoteType: RemoteType;
  industry: string | null;
  /** Job salary / the seeker's minimum; null when either is unknown. */
  salaryRatio: number | null;
  /** The seeker's own pull (CV quality, network), in log-odds. */
  seekerEffect: number;
  /**
   * The company has recruiters here: they record its answers (the seeker's board follows), and
   * its silence stays an open application rather than the seeker's "ghosted".
   */
  recruitsHere: boolean;
}

export interface HistoryEvent {
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  at: Date;
  by: 'seeker' | 'employer';
}

export interface History {
  status: ApplicationStatus;
  events: HistoryEvent[];
  /** The first company answer (interview, offer or rejection); null if none yet. */
  responseAt: Date | null;
}

const BASE = -1.7;
const MATCH_SLOPE = 5;
const SIZE_EFFECT: Record<CompanySize, number> = {
  '1-10': 0.5,
  '11-50': 0.35,
  '51-200': 0.15,
  '201-1000': 0,
  '1001-5000': -0.25,
  '5000+': -0.45,
};
const REMOTE_EFFECT: Record<RemoteType, number> = { onsite: 0.2, hybrid: 0.05, remote: -0.5 };
/** Sunday first (getUTCDay): early-week applications are read first; weekend ones sink. */
const DAY_EFFECT = [-0.5, 0.35, 0.4, 0.2, 0, -0.2, -0.6] as const;

/** A fixed effect per industry name in [-0.4, 0.4]: some industries simply answer more. */
export function industryEffect(industry: string | null): number {
  if (!industry) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < industry.length; i++) h = Math.imul(h ^ industry.charCodeAt(i), 0x01000193);
  return ((h >>> 0) / 2 ** 32 - 0.5) * 0.8;
}

export function interviewLogit(s: Omit<ApplicationSetting, 'recruitsHere'>): number {
  const salary = s.salaryRatio === null ? 0 : s.salaryRatio < 0.9 ? -0.25 : s.salaryRatio > 1.4 ? -0.3 : 0.1;
  return (
    BASE +
    MATCH_SLOPE * (s.matchScore - 0.6) +
    (s.companySize ? SIZE_EFFECT[s.companySize] : 0) +
    REMOTE_EFFECT[s.remoteType] +
    (DAY_EFFECT[s.appliedAt.getUTCDay()] ?? 0) +
    salary +
    industryEffect(s.industry) +
    s.seekerEffect
  );
}

type Step = [to: ApplicationStatus, afterDays: number, by: HistoryEvent['by']];

/** The full story as steps with day offsets, before cutting at `now`. */
function plot(rng: Rng, interviewed: boolean, recruitsHere: boolean): Step[] {
  if (interviewed) {
    const steps: Step[] = [
      ['interview_scheduled', rng.float(2, 18), 'employer'],
      ['interview_completed', rng.float(2, 10), recruitsHere ? 'employer' : 'seeker'],
    ];
    const end = rng.weighted({ offer: 30, rejected: 45, silence: 15, open: 10 });
    if (end === 'offer') {
      steps.push(['offer_received', rng.float(3, 12), 'employer']);
      const answer = rng.weighted({ accepted: 65, withdrawn: 20, open: 15 });
      if (answer !== 'open') steps.push([answer, rng.float(1, 6), 'seeker']);
    } else if (end === 'rejected') steps.push(['rejected', rng.float(3, 14), 'employer']);
    else if (end === 'silence') {
      const after = rng.float(21, 35);
      if (!recruitsHere) steps.push(['ghosted', after, 'seeker']);
    }
    return steps;
  }
  const end = rng.weighted({ rejected: 45, withdrawn: 7, ghosted: 33, open: 15 });
  if (end === 'rejected') return [['rejected', rng.float(3, 35), 'employer']];
  if (end === 'withdrawn') return [['withdrawn', rng.float(2, 25), 'seeker']];
  if (end === 'ghosted') {
    const after = rng.float(28, 50);
    return recruitsHere ? [] : [['ghosted', after, 'seeker']];
  }
  return [];
}

export function simulateHistory(rng: Rng, setting: ApplicationSetting, now: Date): History {
  const interviewed = rng.chance(1 / (1 + Math.exp(-interviewLogit(setting))));
  const events: HistoryEvent[] = [{ from: null, to: 'applied', at: setting.appliedAt, by: 'seeker' }];
  let at = setting.appliedAt.getTime();
  for (const [to, afterDays, by] of plot(rng, interviewed, setting.recruitsHere)) {
    at += Math.round(afterDays * DAY_MS);
    if (at > now.getTime()) break;
    const from = events[events.length - 1]?.to ?? null;
    events.push({ from, to, at: new Date(at), by });
  }
  const first = events.find((e) => e.to === 'interview_scheduled' || e.to === 'offer_received' || e.to === 'rejected');
  return { status: events[events.length - 1]?.to ?? 'applied', events, responseAt: first?.at ?? null };
}
