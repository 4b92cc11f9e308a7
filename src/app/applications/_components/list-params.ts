import {
  listApplicationsInput,
  type ListApplicationsCriteria,
  type ListApplicationsInput,
} from '@/lib/validators/applications';

export const APPLICATION_VIEWS = ['board', 'table'] as const;
export type ApplicationsView = (typeof APPLICATION_VIEWS)[number];

/** The board shows every application, newest activity first; one input so server and client share a cache key. */
export const BOARD_INPUT = { limit: 500 } satisfies ListApplicationsInput;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function toSearchParams(raw: Params): URLSearchParams {
  if (raw instanceof URLSearchParams) return raw;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}

export function viewFromParams(raw: Params): ApplicationsView {
  return toSearchParams(raw).get('view') === 'table' ? 'table' : 'board';
}

/** Table criteria from the URL; a hand-edited, invalid parameter is dropped instead of failing the page. */
export function criteriaFromParams(raw: Params): ListApplicationsCriteria {
  const params = toSearchParams(raw);
  const candidate: Record<string, unknown> = {
    status: params.getAll('status'),
    company: params.get('company') ?? undefined,
    appliedFrom: params.get('from') ?? undefined,
    appliedTo: params.get('to') ?? undefined,
    sort: params.get('sort') ?? undefined,
    dir: params.get('dir') ?? undefined,
  };
  for (let attempt = 0; attempt < 7; attempt++) {
    const parsed = listApplicationsInput.safeParse(candidate);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) delete candidate[String(issue.path[0] ?? '')];
  }
  return listApplicationsInput.parse({});
}

export function criteriaToParams(view: ApplicationsView, c: Partial<ListApplicationsCriteria>): URLSearchParams {
  const params = new URLSearchParams();
  if (view === 'table') params.set('view', 'table');
  for (const s of c.status ?? []) params.append('status', s);
  if (c.company) params.set('company', c.company);
  if (c.appliedFrom) params.set('from', c.appliedFrom);
  if (c.appliedTo) params.set('to', c.appliedTo);
  if (c.sort && c.sort !== 'updated') params.set('sort', c.sort);
  if (c.dir) params.set('dir', c.dir);
  return params;
}
