import { describe, expect, it } from 'vitest';
import { jobPostFields } from './recruiter';

const salaryIssues = (salaryMin: unknown) => {
  const parsed = jobPostFields.safeParse({ salaryMin });
  return parsed.success ? [] : parsed.error.issues.filter((i) => i.path[0] === 'salaryMin').map((i) => i.message);
};

describe('a job post salary', () => {
  it('calls a huge whole number too large, not "not whole" (seen on a walk: 10000000000000000)', () => {
    expect(salaryIssues('10000000000000000')).toEqual(['At most 10,000,000.']);
    expect(salaryIssues(-5)).toEqual(['Salary cannot be negative.']);
    expect(salaryIssues(12.5)).toEqual(['Use whole amounts.']);
    expect(salaryIssues(95000)).toEqual([]);
  });
});
