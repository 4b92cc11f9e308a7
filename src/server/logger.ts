import { pino, type Logger } from 'pino';
import { env } from '@/env';

/** Structured JSON logs; per-request children carry requestId and userId. */
export const logger: Logger = pino({
  level: env.LOG_LEVEL,
  base: { app: 'givemejobs' },
  redact: { paths: ['password', '*.password', 'passwordHash', '*.passwordHash'], remove: true },
});

export type { Logger };
