import { withoutControlCharacters } from '@/lib/control-characters';
import { recruiterJobsQuery } from '@/lib/validators/recruiter';

export type DashboardSearch = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' && v ? v : undefined);

/** The dashboard URL's filters, or none where one is not valid (a hand-edited link must not fail the page). */
export function dashboardFilters(sp: DashboardSearch) {
  const raw = {
    // A link's invisible characters are dropped, not refused: the page must open with the visible filter.
    q: withoutControlCharacters(one(sp.q)),
    status: one(sp.status),
    remoteType: one(sp.remoteType),
    hasApplicants: one(sp.applicants) === 'yes' ? true : one(sp.applicants) === 'no' ? false : undefined,
    page: Number(one(sp.page) ?? 1),
  };
  const parsed = recruiterJobsQuery.safeParse(raw);
  return parsed.success ? parsed.data : recruiterJobsQuery.parse({});
}
