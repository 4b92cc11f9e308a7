/**
 * How a job's source (jobs.source: 'seed', 'direct', 'manual', '<board>:<token>', 'url:<host>') is named to
 * people. The stored key is an internal identifier; users see where the job came from in words.
 */
const BOARD_NAMES: Record<string, string> = {
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  smartrecruiters: 'SmartRecruiters',
  workable: 'Workable',
  recruitee: 'Recruitee',
  remotive: 'Remotive',
  arbeitnow: 'Arbeitnow',
};

export function jobSourceLabel(source: string | null | undefined): string {
  if (!source) return 'Unknown source';
  const [type = '', rest = ''] = source.split(/:(.*)/s);
  if (type === 'seed') return 'Sample listing';
  if (type === 'direct') return 'Posted here by the employer';
  if (type === 'manual') return 'Added by hand';
  const board = BOARD_NAMES[type];
  if (board) return `${board} job board`;
  if ((type === 'url' || type === 'jsonld') && rest) return `Careers page (${rest})`;
  if (type === 'file' || type === 'csv') return 'Imported file';
  return 'Other source';
}
