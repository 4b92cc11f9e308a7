import type { ExperienceOutput } from '@/lib/validators/profile';

/**
 * A role with a start but no end, not marked current and with no length, adds no years: "From Jun
 * 2017" read as ongoing while matching said "add dates to your roles" (a walk). The list says so.
 */
export const lacksAnEnd = (e: Pick<ExperienceOutput, 'startDate' | 'endDate' | 'isCurrent' | 'durationMonths'>) =>
  e.startDate !== null && e.endDate === null && !e.isCurrent && e.durationMonths === null;
