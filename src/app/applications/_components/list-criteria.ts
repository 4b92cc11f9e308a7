import { withoutControlCharacters } from '@/lib/control-characters';
import { listApplicationsInput, type ListApplicationsCriteria } from '@/lib/validators/applications';
import { boundedIsoDate } from '@/lib/validators/dates';
import { toSearchParams, type Params } from './list-params';

const validDate = (value: string | null) => (value && boundedIsoDate().safeParse(value).success ? value : undefined);

/**
 * Table criteria from the URL; a hand-edited, invalid parameter is dropped instead of failing the
 * page. A date range written the wrong way round ("from" after "to") is read as the range it
 * names: dropping one end had shown a different list with no word why.
 */
export function criteriaFromParams(raw: Params): ListApplicationsCriteria {
  const params = toSearchParams(raw);
  const dates = [validDate(params.get('from')), validDate(params.get('to'))];
  const [appliedFrom, appliedTo] = dates[0] && dates[1] && dates[0] > dates[1] ? [dates[1], dates[0]] : dates;
  const candidate: Record<string, unknown> = {
    status: params.getAll('status'),
    company: withoutControlCharacters(params.get('company') ?? undefined),
    appliedFrom,
    appliedTo,
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
