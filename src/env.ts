/**
 * The one place that reads process.env. Everything else imports `env`.
 * Validated once at boot; an invalid value stops the app with a clear message.
 */
import { z } from 'zod';

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.url().optional())
  .optional();

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** PostgreSQL connection string. Unset: embedded PGlite in PGLITE_DIR. */
  DATABASE_URL: optionalUrl,
  /**
   * 1: PostgreSQL statements are never prepared (named), for a transaction-mode pooler that cannot
   * keep them; by default they are (server/db/prepared-statements.ts).
   */
  POSTGRES_NO_PREPARED_STATEMENTS: flag,
  /** Folder of the embedded database; `memory://` keeps it in memory. */
  PGLITE_DIR: z.string().default('.data/pglite'),
  /** Folder for generated local state (dev secret, embedded database). */
  DATA_DIR: z.string().default('.data'),
  /** next-auth JWT secret. Unset: one is generated into DATA_DIR (not on Vercel). */
  NEXTAUTH_SECRET: optionalString,
  NEXTAUTH_URL: optionalUrl,
  /** Redis for cache and rate limits (ioredis). */
  REDIS_URL: optionalUrl,
  UPSTASH_REDIS_REST_URL: optionalUrl,
  UPSTASH_REDIS_REST_TOKEN: optionalString,
  /** Seconds a search result stays cached (0: search results are not cached). */
  SEARCH_CACHE_TTL_SECONDS: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : 120))
    .pipe(z.number().int().min(0).max(3600)),
  OPENAI_API_KEY: optionalString,
  PINECONE_API_KEY: optionalString,
  /** The Pinecone index (cosine, the embedding model's dimension) that holds job vectors. */
  PINECONE_INDEX: optionalString,
  /** Namespace prefix inside that index (default: NODE_ENV); the model id is appended. */
  PINECONE_NAMESPACE: optionalString,
  MONGODB_URI: optionalString,
  SMTP_URL: optionalString,
  /** Sender of outgoing mail (unlock links); default "GiveMeJobs <no-reply@givemejobs.dev>". */
  MAIL_FROM: optionalString,
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. 0: the app is reached
   * directly and only the socket address counts (a client-sent X-Forwarded-For is ignored).
   */
  TRUSTED_PROXY_COUNT: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : 0))
    .pipe(z.number().int().min(0).max(10)),
  /** Sign-ups allowed per client address per hour (raise it for a campus or office behind one NAT). */
  SIGN_UPS_PER_ADDRESS_PER_HOUR: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : 5))
    .pipe(z.number().int().min(1).max(10_000)),
  /** Sign-in attempts allowed per client address per 15 minutes, across accounts (credential stuffing). */
  SIGN_INS_PER_ADDRESS_PER_15_MIN: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : 50))
    .pipe(z.number().int().min(1).max(10_000)),
  /**
   * Job ingestion may fetch from private addresses: "1" for any, or "host:port" pairs separated by
   * commas. For tests and local end-to-end runs that serve job pages on 127.0.0.1; never set it on
   * a server the internet can reach (it reopens the SSRF guard).
   */
  INGESTION_ALLOW_PRIVATE_HOSTS: optionalString,
  /** 1: `/api/bench/ceiling` answers a constant (the framework's ceiling in `npm run bench:api`); else 404. */
  BENCH_CEILING_ROUTE: flag,
  /** Inngest Cloud event key: events go to Inngest instead of running in-process. */
  INNGEST_EVENT_KEY: optionalString,
  INNGEST_SIGNING_KEY: optionalString,
  /** 1: send events to a local Inngest dev server (INNGEST_BASE_URL or its default). */
  INNGEST_DEV: flag,
  INNGEST_BASE_URL: optionalUrl,
  /**
   * Bearer token for `/api/metrics` (Prometheus). Unset: the route answers 404 in production, and
   * serves without a token in development and tests.
   */
  METRICS_TOKEN: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.string().min(16, 'use at least 16 characters').optional())
    .optional(),
  /** OTLP collector for traces (the standard OpenTelemetry variable). Unset: no tracing at all. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
  /** Sentry project DSN for unexpected errors. Unset: nothing is reported. */
  SENTRY_DSN: optionalUrl,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set by Vercel; production there needs real secrets. */
  VERCEL: flag,
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment variables:\n${issues}`);
  }
  const env = parsed.data;
  if (env.VERCEL && !env.DATABASE_URL) {
    throw new Error('DATABASE_URL is required on Vercel (the embedded database needs a writable disk).');
  }
  if (env.VERCEL && !env.NEXTAUTH_SECRET) {
    throw new Error('NEXTAUTH_SECRET is required on Vercel.');
  }
  return env;
}

export const env: Env = parseEnv(process.env);
