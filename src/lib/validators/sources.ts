/** Admin management of job-board sources (routers/sources.ts) and seekers' add-a-job-by-URL. */
import { z } from 'zod';
import { SOURCE_TYPES } from '@/server/services/ingestion/normalized-posting';
import { parseSchedule } from '@/server/services/ingestion/runs/schedule';

/** Aggregators read one public feed: their source rows carry no token. */
export const TOKENLESS_SOURCE_TYPES = ['remotive', 'arbeitnow'] as const;

/** Board tokens as the boards spell them in their URLs ('acme', 'acme-inc', 'Acme.Careers'). */
const BOARD_TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export const httpUrl = z
  .string()
  .trim()
  .max(1000, 'Keep the address under 1,000 characters.')
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0 && !u.username && !u.password;
    } catch {
      return false;
    }
  }, 'Enter a web address starting with http:// or https://.');

export const sourceSchedule = z
  .string()
  .trim()
  .min(1, 'Give a schedule.')
  .max(100)
  .refine(
    (s) => parseSchedule(s) !== null,
    'Use an interval of at least 15 minutes ("30m", "6h", "1d") or a five-field cron expression ("0 */6 * * *").',
  );

export const addSourceInput = z
  .object({
    type: z.enum(SOURCE_TYPES),
    /** Board token, or for jsonld the career page URL. Empty for aggregators. */
    token: z.string().trim().max(1000).default(''),
    label: z.string().trim().max(200).optional(),
    schedule: sourceSchedule.default('6h'),
    enabled: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    const tokenless = (TOKENLESS_SOURCE_TYPES as readonly string[]).includes(v.type);
    if (v.type === 'jsonld') {
      if (!httpUrl.safeParse(v.token).success) {
        ctx.addIssue({
          code: 'custom',
          path: ['token'],
          message: 'Enter the career page address (http:// or https://).',
        });
      }
    } else if (tokenless) {
      if (v.token !== '') ctx.addIssue({ code: 'custom', path: ['token'], message: 'This feed takes no board token.' });
    } else if (!BOARD_TOKEN.test(v.token)) {
      ctx.addIssue({
        code: 'custom',
        path: ['token'],
        message: 'A board token is 1-100 letters, digits, dots, dashes or underscores, as in the board’s URL.',
      });
    }
  });
export type AddSourceInput = z.input<typeof addSourceInput>;

export const sourceIdInput = z.object({ id: z.uuid() });

export const updateSourceInput = z
  .object({
    id: z.uuid(),
    label: z.string().trim().min(1).max(200).optional(),
    schedule: sourceSchedule.optional(),
    enabled: z.boolean().optional(),
  })
  .refine((v) => v.label !== undefined || v.schedule !== undefined || v.enabled !== undefined, 'Nothing to change.');

export const runsInput = z.object({ sourceId: z.uuid(), limit: z.number().int().min(1).max(100).default(20) });
export const quarantineInput = z.object({ sourceId: z.uuid(), limit: z.number().int().min(1).max(100).default(50) });

const counts = {
  fetched: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  closed: z.number().int(),
  duplicatesLinked: z.number().int(),
  quarantined: z.number().int(),
};

export const ingestRunOutput = z.object({
  id: z.uuid(),
  status: z.string(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  error: z.string().nullable(),
  ...counts,
});

export const sourceOutput = z.object({
  id: z.uuid(),
  type: z.enum(SOURCE_TYPES),
  token: z.string(),
  key: z.string(),
  label: z.string(),
  schedule: z.string(),
  enabled: z.boolean(),
  createdAt: z.date(),
  lastRun: ingestRunOutput.nullable(),
  quarantinedTotal: z.number().int(),
  circuit: z.enum(['closed', 'open', 'half_open', 'isolated']),
});
export type SourceOutput = z.infer<typeof sourceOutput>;

export const quarantineOutput = z.object({
  id: z.uuid(),
  runId: z.uuid().nullable(),
  externalId: z.string().nullable(),
  reason: z.string(),
  /** The raw record as JSON text, cut to 20,000 characters for the page. */
  payload: z.string(),
  createdAt: z.date(),
});

export const runNowOutput = z.object({ runId: z.uuid() });

export const addJobByUrlInput = z.object({ url: httpUrl });
export const addJobByUrlOutput = z.object({ jobId: z.uuid(), created: z.boolean() });
