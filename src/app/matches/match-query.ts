/**
 * The matches page's URL <-> the matching.forMe input. A first visit (/matches) sends no filters,
 * so the server starts from the seeker's must-haves; once the filter form is submitted (it carries
 * `f=1`) every filter is the user's own, and an unticked box means "any": that is how they widen.
 */
import { withoutControlCharacters } from '@/lib/control-characters';
import { JOB_TYPES, REMOTE_TYPES } from '@/lib/validators/enums';
import { MATCHES_MAX, MATCHES_PAGE, type MatchesForMeInput } from '@/lib/validators/matching';

export type SearchParams = Record<string, string | string[] | undefined>;

const MAX_SALARY = 10_000_000;

const all = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value ? [value] : []);
const first = (value: string | string[] | undefined): string | undefined => all(value)[0];
const listOf = <T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T[] =>
  all(value).filter((v): v is T => (allowed as readonly string[]).includes(v));

function salaryOf(value: string | undefined): number | null {
  const n = Number((value ?? '').replace(/[\s,$]/g, ''));
  return value && value.trim() && Number.isFinite(n) && n >= 0 ? Math.min(Math.round(n), MAX_SALARY) : null;
}

/**
 * How many matches the page shows: `n` from "Show more" links, in steps of MATCHES_PAGE up to
 * MATCHES_MAX; anything else (a hand-edited link) shows the first page.
 */
export function shownCount(value: string | string[] | undefined): number {
  const n = Number(first(value));
  if (!Number.isFinite(n) || n <= MATCHES_PAGE) return MATCHES_PAGE;
  return Math.min(MATCHES_MAX, Math.ceil(n / MATCHES_PAGE) * MATCHES_PAGE);
}

export function matchQuery(params: SearchParams, limit = shownCount(params.n)): MatchesForMeInput {
  // A link's invisible characters are dropped, not refused: the page must open with the visible place.
  const location = withoutControlCharacters(first(params.location))?.trim().slice(0, 100) || undefined;
  if (first(params.f) !== '1') {
    // Not from the form (a first visit or a shared link): what the link names, the rest by default.
    const remoteTypes = listOf(params.remote, REMOTE_TYPES);
    const jobTypes = listOf(params.type, JOB_TYPES);
    return {
      limit,
      location,
      remoteTypes: remoteTypes.length ? remoteTypes : undefined,
      jobTypes: jobTypes.length ? jobTypes : undefined,
    };
  }
  return {
    limit,
    location,
    remoteTypes: listOf(params.remote, REMOTE_TYPES),
    jobTypes: listOf(params.type, JOB_TYPES),
    salaryMin: salaryOf(first(params.salary)),
    includeUnknownSalary: first(params.unknownSalary) === 'on',
    preferredPlacesOnly: first(params.places) === 'on',
  };
}
