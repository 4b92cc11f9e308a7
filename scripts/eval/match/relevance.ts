/** Graded relevance of a job to a query: 2 same occupation, 1 related occupation (O*NET, any tier), 0 neither. */
import { relatednessTier } from '@/server/services/matching/occupations/catalog';

export function grade(queryCodes: readonly string[], jobCode: string): 0 | 1 | 2 {
  if (queryCodes.includes(jobCode)) return 2;
  return queryCodes.some((c) => relatednessTier(c, jobCode) !== null) ? 1 : 0;
}
