import { pgEnum } from 'drizzle-orm/pg-core';
import {
  ALERT_FREQUENCIES,
  APPLICATION_STATUSES,
  COMPANY_SIZES,
  DATE_PRECISIONS,
  JOB_ROW_STATUSES,
  JOB_TYPES,
  NOTIFICATION_TYPES,
  REMOTE_TYPES,
  SALARY_PERIODS,
  SKILL_CATEGORIES,
  USER_ROLES,
} from '@/lib/validators/enums';

export const userRole = pgEnum('user_role', USER_ROLES);
export const skillCategory = pgEnum('skill_category', SKILL_CATEGORIES);
export const remoteType = pgEnum('remote_type', REMOTE_TYPES);
export const jobType = pgEnum('job_type', JOB_TYPES);
export const jobStatus = pgEnum('job_status', JOB_ROW_STATUSES);
export const salaryPeriod = pgEnum('salary_period', SALARY_PERIODS);
export const applicationStatus = pgEnum('application_status', APPLICATION_STATUSES);
export const companySize = pgEnum('company_size', COMPANY_SIZES);
export const notificationType = pgEnum('notification_type', NOTIFICATION_TYPES);
export const alertFrequency = pgEnum('alert_frequency', ALERT_FREQUENCIES);
export const datePrecision = pgEnum('date_precision', DATE_PRECISIONS);
