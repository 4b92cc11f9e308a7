/**
 * O*NET 29.2 occupations, reduced by scripts/build-onet-data.ts into data/onet/onet.json.gz.
 * Used by the seed today and by occupation-based matching later, so the shape below is the
 * contract of that file: change it only together with the build script (and rebuild).
 * Licence: CC BY 4.0, see data/onet/ATTRIBUTION.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { processWide } from '@/server/process-wide';

export const ONET_DATA_FILE = path.join(process.cwd(), 'data', 'onet', 'onet.json.gz');

/** Related Occupations.txt tiers, most related first. */
export const RELATEDNESS_TIERS = ['primary-short', 'primary-long', 'supplemental'] as const;
/** Task Statements.txt "Task Type": core tasks are rated essential by incumbents; unrated = "n/a". */
export const TASK_TYPES = ['core', 'supplemental', 'unrated'] as const;

export const onetTaskSchema = z.object({
  text: z.string().min(1),
  type: z.enum(TASK_TYPES),
});

export const onetTechnologySkillSchema = z.object({
  /** The "Example" column: a product or tool name, e.g. "Microsoft Excel". */
  name: z.string().min(1),
  /** The "Commodity Title" column (UNSPSC class), e.g. "Spreadsheet software". */
  category: z.string(),
  /** Frequently listed in current job postings (O*NET "Hot Technology"). */
  hot: z.boolean(),
  /** Frequently listed in postings for this occupation specifically (O*NET "In Demand"). */
  inDemand: z.boolean(),
});

export const onetRelatedOccupationSchema = z.object({
  code: z.string(),
  tier: z.enum(RELATEDNESS_TIERS),
});

export const onetOccupationSchema = z.object({
  /** O*NET-SOC code, e.g. "15-1252.00"; the join key across all O*NET files. */
  code: z.string().regex(/^\d{2}-\d{4}\.\d{2}$/),
  /** Plural occupation title, e.g. "Software Developers". */
  title: z.string().min(1),
  description: z.string(),
  /** 1 (little preparation) .. 5 (extensive preparation); null for occupations O*NET does not rate. */
  jobZone: z.number().int().min(1).max(5).nullable(),
  /** Singular titles, shortest first (at most ~40), without the occupation title itself. */
  alternateTitles: z.array(z.string()),
  /** Titles incumbents reported ("Sample of Reported Titles.txt"), the most job-posting-like. */
  reportedTitles: z.array(z.string()),
  /** Core tasks first, then supplemental, then unrated; at most ~20. */
  tasks: z.array(onetTaskSchema),
  /** Hot technologies first, then in-demand, then the rest; at most ~40. */
  technologySkills: z.array(onetTechnologySkillSchema),
  /** In O*NET's own order (tier, then index): the most related come first. */
  relatedOccupations: z.array(onetRelatedOccupationSchema),
});

export const onetDataSchema = z.object({
  version: z.string(),
  attribution: z.string(),
  occupations: z.array(onetOccupationSchema),
});

export type OnetTask = z.infer<typeof onetTaskSchema>;
export type OnetTechnologySkill = z.infer<typeof onetTechnologySkillSchema>;
export type OnetRelatedOccupation = z.infer<typeof onetRelatedOccupationSchema>;
export type OnetOccupation = z.infer<typeof onetOccupationSchema>;
export type OnetData = z.infer<typeof onetDataSchema>;

function readOnet(file: string): OnetData {
  const raw: unknown = JSON.parse(gunzipSync(readFileSync(/* turbopackIgnore: true */ file)).toString('utf8'));
  return onetDataSchema.parse(raw);
}

/** The shipped file, read once per process (process-wide.ts). */
const shippedOnet = processWide('onet-data', () => readOnet(ONET_DATA_FILE));

/** Reads, validates and caches the occupations (~1k rows; a few hundred ms the first time). */
export function loadOnet(file: string = ONET_DATA_FILE): OnetData {
  return file === ONET_DATA_FILE ? shippedOnet() : readOnet(file);
}
