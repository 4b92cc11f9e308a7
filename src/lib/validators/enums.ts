/** Domain enumerations shared by the database schema, zod validators and the UI. */
export const USER_ROLES = ['seeker', 'recruiter', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A recruiter's membership of a company: 'pending' until an operator approves a new company. */
export const COMPANY_MEMBER_STATUSES = ['active', 'pending'] as const;
export type CompanyMemberStatus = (typeof COMPANY_MEMBER_STATUSES)[number];

export const SKILL_CATEGORIES = ['technical', 'soft', 'language', 'certification', 'industry'] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export const REMOTE_TYPES = ['onsite', 'hybrid', 'remote'] as const;
export type RemoteType = (typeof REMOTE_TYPES)[number];

export const JOB_TYPES = ['full-time', 'part-time', 'contract', 'temporary', 'internship'] as const;
export type JobType = (typeof JOB_TYPES)[number];

/** A listed job's states: what recruiters set and search filters on. */
export const JOB_STATUSES = ['open', 'closed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * Every job row's state. 'private': a job one seeker added to their board by hand; listed
 * nowhere (search, matching, alerts and counts read only 'open'), seen only by its owner.
 */
export const JOB_ROW_STATUSES = [...JOB_STATUSES, 'private'] as const;
export type JobRowStatus = (typeof JOB_ROW_STATUSES)[number];

export const SALARY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

/** The seed's pipeline plus saved, withdrawn and ghosted. */
export const APPLICATION_STATUSES = [
  'saved',
  'applied',
  'interview_scheduled',
  'interview_completed',
  'offer_received',
  'accepted',
  'rejected',
  'withdrawn',
  'ghosted',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const NOTIFICATION_TYPES = ['welcome', 'job_alert', 'application_update', 'system'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** 'instant': every hourly alert run, and when new jobs are reported (inngest/functions/job-alerts.ts). */
export const ALERT_FREQUENCIES = ['off', 'instant', 'daily', 'weekly'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

/** ISO 4217 codes we accept for salaries. */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'INR', 'CHF', 'JPY', 'SGD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** How much of a resume date is known: "2019-03-14" (day), "Mar 2019" (month), "2019" (year), or nothing. */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
