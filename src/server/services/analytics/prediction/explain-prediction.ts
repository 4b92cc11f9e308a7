/**
 * The key factors behind one prediction, in words. A factor is one of the seed's features (its
 * one-hot columns taken together); its effect is what it moves the estimate by against an
 * average application: p - sigmoid(logit - sum of w_j * z_j over the feature's columns), where
 * z_j is the standardized value (0 = the training average). Largest effects first.
 */
import type { PredictionFactor } from '@/lib/validators/analytics';
import { DAY_NAMES } from '../dimensions';
import { salaryBand, salaryRatio, FEATURE_GROUPS, type FeatureGroup, type PredictionRow } from './features';
import { logit, standardize, type SuccessModel } from './train-model';

export const MAX_FACTORS = 3;
/** Effects smaller than this (in percentage points) are not worth a line. */
const MIN_POINTS = 0.5;
const REMOTE_WORD = { onsite: 'An on-site', hybrid: 'A hybrid', remote: 'A remote' } as const;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
/**
 * Features the model uses but no seeker can act on: telling them a title's length lowers their
 * chances gives them nothing to do. They still weigh in the estimate, they are just not listed.
 */
const NOT_ACTIONABLE: ReadonlySet<FeatureGroup> = new Set(['title_length']);

function describe(group: FeatureGroup, row: PredictionRow): string {
  switch (group) {
    case 'match':
      return row.matchScore === null
        ? 'No match score for this job yet'
        : `Your ${Math.round(row.matchScore * 100)}% match with this job`;
    case 'day_of_week':
      return `Applying on a ${DAY_NAMES[row.appliedAt.getUTCDay()]}`;
    case 'hour':
      return `Applying at ${String(row.appliedAt.getUTCHours()).padStart(2, '0')}:00 UTC`;
    case 'title_length':
      return `The job title's length (${row.title.length} characters)`;
    case 'company_size':
      return row.companySize ? `A company of ${row.companySize} employees` : 'An unknown company size';
    case 'industry':
      return row.industry ? `The ${row.industry} industry` : 'An unknown industry';
    case 'remote_type':
      return `${REMOTE_WORD[row.remoteType]} role`;
    case 'salary': {
      const ratio = salaryRatio(row);
      const band = salaryBand(ratio);
      // The true share, not the model's capped ratio ("900%", not "300%"); rounded down below the
      // minimum, so a near miss does not read "below your minimum (100% of it)".
      const percent = ((row.salaryAnnualUsd ?? 0) / (row.salaryMinAnnualUsd ?? 1)) * 100;
      const share = `(${band === 'below' ? Math.floor(percent) : Math.round(percent)}% of it)`;
      if (band === 'unknown') return 'No salary to compare with your expectation';
      if (band === 'below') return `A salary below your minimum ${share}`;
      return band === 'meets' ? 'A salary that meets your minimum' : `A salary well above your minimum ${share}`;
    }
  }
}

/** What a seeker can do about a factor that works against them; the job's own traits get none. */
const TIP: Partial<Record<FeatureGroup, string>> = {
  match: 'Adding the skills it asks for to your profile raises your match.',
  day_of_week: 'Applying on another day may do better.',
  hour: 'Applying at another time of day may do better.',
};

/** "about 3 more interviews per 100 applications": a rate a seeker can picture, not model points. */
function sentence(group: FeatureGroup, row: PredictionRow, points: number): string {
  const n = Math.max(1, Math.round(Math.abs(points)));
  const interviews = n === 1 ? 'interview' : 'interviews';
  if (points >= 0) return `${describe(group, row)} helps: about ${n} more ${interviews} per 100 applications.`;
  const tip = TIP[group];
  // A trait of the job (its pay, its industry) is no fault of the seeker's: it lowers the job's odds.
  if (!tip) return `${describe(group, row)} lowers the odds: about ${n} fewer ${interviews} per 100 applications.`;
  return `${describe(group, row)} works against you: about ${n} fewer ${interviews} per 100 applications. ${tip}`;
}

export function explainPrediction(model: SuccessModel, row: PredictionRow): PredictionFactor[] {
  const z = standardize(model, row);
  const total = logit(model, z);
  const p = sigmoid(total);
  // Against an average application, pay below the minimum can come out ahead of a band the model
  // liked less; "a salary below your minimum helps" is still no advice to give a seeker.
  const lowPay = salaryBand(salaryRatio(row)) === 'below';
  return FEATURE_GROUPS.filter((group) => !NOT_ACTIONABLE.has(group))
    .map((group) => {
      const contribution = model.spec.columns.reduce(
        (sum, c, j) => (c.group === group ? sum + (model.weights[j] ?? 0) * (z[j] ?? 0) : sum),
        0,
      );
      const points = Math.round((p - sigmoid(total - contribution)) * 1000) / 10;
      const direction = points >= 0 ? ('raises' as const) : ('lowers' as const);
      return {
        feature: group,
        direction,
        points,
        text: sentence(group, row, points),
      };
    })
    .filter((f) => Math.abs(f.points) >= MIN_POINTS && !(f.feature === 'salary' && f.points > 0 && lowPay))
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .slice(0, MAX_FACTORS);
}
