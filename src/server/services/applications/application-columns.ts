import { sql } from 'drizzle-orm';
import type { ApplicationParty } from '@/lib/validators/application-status';
import type { ApplicationItem } from '@/lib/validators/applications';
import { applications, jobs } from '@/server/db/schema';
import { recruitsHere } from '../jobs/recruits-here';
import { responseDays } from './response-time';
import { allowedMoves } from './status-machine';

/** What the applicant sees of an application and its job; notes are fetched only for the detail. */
export const applicationItemColumns = {
  id: applications.id,
  status: applications.status,
  appliedAt: applications.appliedAt,
  responseAt: applications.responseAt,
  followUpDate: applications.followUpDate,
  hasNotes: sql<boolean>`(${applications.notes} IS NOT NULL)`.mapWith(Boolean),
  source: applications.source,
  createdAt: applications.createdAt,
  updatedAt: applications.updatedAt,
  jobId: jobs.id,
  jobTitle: jobs.title,
  jobCompanyName: jobs.companyName,
  jobLocation: jobs.location,
  jobStatus: jobs.status,
  /** The job's company has active recruiters here: moving a saved job to Applied shares it with them. */
  jobRecruitsHere: recruitsHere(jobs.companyId),
};

type ItemRow = Omit<ApplicationItem, 'job' | 'responseDays' | 'allowedNext'> & {
  jobId: string;
  jobTitle: string;
  jobCompanyName: string;
  jobLocation: string;
  jobStatus: ApplicationItem['job']['status'];
  jobRecruitsHere: boolean;
};

export function toApplicationItem(row: ItemRow, party: ApplicationParty = 'seeker'): ApplicationItem {
  const { jobId, jobTitle, jobCompanyName, jobLocation, jobStatus, jobRecruitsHere, ...app } = row;
  return {
    ...app,
    responseDays: responseDays(app.appliedAt, app.responseAt),
    job: {
      id: jobId,
      title: jobTitle,
      companyName: jobCompanyName,
      location: jobLocation,
      status: jobStatus,
      recruitsHere: jobRecruitsHere,
    },
    allowedNext: allowedMoves(app.status, party, jobRecruitsHere),
  };
}
