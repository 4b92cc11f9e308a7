import type { JobRowStatus, JobStatus } from '@/lib/validators/enums';
import { AppError } from '@/server/errors';

/**
 * A company's posting as recruiters see it: open or closed. A private job (added by hand by a
 * seeker) never belongs to a company (check jobs_private_has_owner), so meeting one here is a bug.
 */
export function listedStatus(status: JobRowStatus): JobStatus {
  if (status === 'private') throw new AppError('INTERNAL_ERROR', 'A private job was read as a company posting.');
  return status;
}
