import { withoutControlCharacters } from '@/lib/control-characters';
import { listApplicationsInput, type ListApplicationsCriteria } from '@/lib/validators/applications';
import { toSearchParams, type Params } from './list-params';

/** Table criteria from the URL; a hand-edited, invalid parameter is dropped instead of failing the page. */
export function criteriaFromParams(raw: Params): ListApplicationsCriteria {
  const params = toSearchParams(raw);
  const candidate: Record<string, unknown> = {
    status: params.getAll('status'),
    company: withoutControlCharacters(params.get('company') ?? undefined),
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
