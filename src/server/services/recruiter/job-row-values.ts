import { rangeToAnnualUsd } from '@/lib/annual-salary';
import type { JobPostFields } from '@/lib/validators/recruiter';
import { canonicalizeSkill } from '../skills/taxonomy';

/** Form fields to jobs columns: canonical skill names, and the salary normalized for search. */
export function jobRowValues(f: JobPostFields) {
  const hasSalary = f.salaryMin !== null && f.salaryMax !== null;
  return {
    title: f.title,
    description: f.description,
    location: f.location,
    remoteType: f.remoteType,
    jobType: f.jobType,
    salaryMin: f.salaryMin,
    salaryMax: f.salaryMax,
    salaryCurrency: hasSalary ? f.salaryCurrency : null,
    salaryPeriod: hasSalary ? f.salaryPeriod : null,
    salaryAnnualUsd: hasSalary
      ? rangeToAnnualUsd(f.salaryMin ?? 0, f.salaryMax ?? 0, f.salaryPeriod, f.salaryCurrency)
      : null,
    requiredSkills: [...new Set(f.requiredSkills.map((s) => canonicalizeSkill(s).name))],
    requiredYears: f.requiredYears,
    applyUrl: f.applyUrl,
  };
}
