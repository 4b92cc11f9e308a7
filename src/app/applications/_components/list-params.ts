/**
 * The applications page's URL, for the browser too: no zod here (the board would carry it in its
 * first load). Reading table criteria from a URL takes the schema: list-criteria.ts, on the server.
 */
import type { ListApplicationsCriteria, ListApplicationsInput } from '@/lib/validators/applications';

export const APPLICATION_VIEWS = ['board', 'table'] as const;
export type ApplicationsView = (typeof APPLICATION_VIEWS)[number];

/** The board shows every application, newest activity first; one input so server and client share a cache key. */
export const BOARD_INPUT = { limit: 500 } satisfies ListApplicationsInput;

export type Params = URLSearchParams | Record<string, string | string[] | undefined>;

export function toSearchParams(raw: Params): URLSearchParams {
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
