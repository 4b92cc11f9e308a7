import { z } from 'zod';
import { APPLICATION_STATUSES } from './enums';
import { jobSummary } from './jobs';

export const jobRefInput = z.object({ jobId: z.uuid('Not a valid job id.') });
export const jobIdsInput = z.object({ jobIds: z.array(z.uuid()).max(100, 'At most 100 jobs at once.') });

export const savedJobOutput = z.object({
  applicationId: z.uuid(),
  savedAt: z.date(),
  job: jobSummary.extend({ status: z.enum(['open', 'closed']) }),
});
export type SavedJobOutput = z.infer<typeof savedJobOutput>;

export const trackedStatusOutput = z.object({
  jobId: z.uuid(),
  applicationId: z.uuid(),
  status: z.enum(APPLICATION_STATUSES),
});
export type TrackedStatus = z.infer<typeof trackedStatusOutput>;
