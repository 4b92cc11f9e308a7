/**
 * Which saved preferences are requirements rather than wishes. A must-have filters matches; every
 * other preference only moves a job up or down (the location and salary factors of the score).
 */
export const PREFERENCE_MUST_HAVES = ['salary', 'remoteTypes', 'jobTypes', 'locations'] as const;
export type PreferenceMustHave = (typeof PREFERENCE_MUST_HAVES)[number];

export const MUST_HAVE_LABEL: Record<PreferenceMustHave, string> = {
  salary: 'Minimum salary',
  remoteTypes: 'Work arrangement',
  jobTypes: 'Job type',
  locations: 'Places',
};
