import type { ResumeDraft } from '@/lib/validators/resume';

type Role = ResumeDraft['experience'][number]['value'];

/** Months since year 0 of an ISO date ("2019-03-14" -> 2019 * 12 + 2). */
const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/**
 * The months a dated role spans, as [from, to); else the length the resume gives without dates
 * ("24 months"), which cannot be placed; else null.
 */
function span(role: Role, today: Date): { dated: [number, number] } | { months: number } | null {
  const now = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const start = role.startDate ? monthIndex(role.startDate) : null;
  const end = role.isCurrent ? now : role.endDate ? monthIndex(role.endDate) : null;
  if (start !== null && end !== null && end >= start) return { dated: [start, end + 1] };
  if (role.durationMonths !== null && role.durationMonths > 0) return { months: role.durationMonths };
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a role's own words name the skill ("Python", "C++", "Node.js"), as a whole word. */
function mentions(role: Role, skill: string): boolean {
  const text = [role.title, role.description ?? '', ...role.achievements].join('\n');
  return new RegExp(`(^|[^a-z0-9+#])${escape(skill)}($|[^a-z0-9+#])`, 'i').test(text);
}

/**
 * Years of a skill as the resume shows them: the time covered by the roles whose own text names
 * it, overlapping roles counted once, to the half year. 0 when no dated role names it: the
 * resume does not say, and 0 is what the profile shows as "years not given". The seeker can
 * change it on the review form.
 */
export function skillYearsFromRoles(skill: string, roles: readonly Role[], today: Date = new Date()): number {
  const spans = roles.filter((r) => mentions(r, skill)).flatMap((r) => span(r, today) ?? []);
  // Undated lengths cannot overlap anything we can place: they add up as they are.
  let months = spans.reduce((sum, s) => sum + ('months' in s ? s.months : 0), 0);
  const dated = spans.flatMap((s) => ('dated' in s ? [s.dated] : [])).sort((a, b) => a[0] - b[0]);
  let reach = Number.NEGATIVE_INFINITY;
  for (const [from, to] of dated) {
    months += Math.max(0, to - Math.max(from, reach));
    reach = Math.max(reach, to);
  }
  if (months <= 0) return 0;
  return Math.min(50, Math.max(0.5, Math.round(months / 6) / 2));
}
