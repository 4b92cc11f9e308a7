/** Which application the "Send with an application" form starts from. */
export interface ApplicationChoice {
  id: string;
  label: string;
  jobId: string;
}

/**
 * The one the version is attached to, else the application for the document's own job, else none:
 * a letter written for one job, preselected for another, was one click from going to the wrong employer.
 */
export function initialApplication(
  applications: readonly ApplicationChoice[],
  jobId: string | null,
  attachedApplicationId: string | null,
): string {
  if (attachedApplicationId) return attachedApplicationId;
  return (jobId && applications.find((a) => a.jobId === jobId)?.id) || '';
}
