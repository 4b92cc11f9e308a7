export { normalizePosting, isQuarantined, skillsOf, type NormalizeOptions, type NormalizeResult } from './normalize-posting';
export { parseSalary, type ParsedSalary, type StructuredSalary } from './parse-salary';
export { parseLocation } from './parse-location';
export { htmlToCleanText } from './clean-text';
export { workArrangement } from './work-arrangement';
export { employmentType } from './employment-type';
export { postedDate } from './posted-date';
export { requiredYears } from './required-years';
export { contentHash } from './content-hash';
