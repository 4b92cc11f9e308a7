import { initTRPC, TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import superjson from 'superjson';
import { fastOutputTransformer } from './fast-superjson';
import { z, ZodError } from 'zod';
import type { UserRole } from '@/lib/validators/enums';
import { env } from '@/env';
import { appUrl, devMailboxMailer, getMailer, type Mailer } from '@/server/adapters/mail';
import { getRateLimiter, type RateLimiter, type RateLimitPolicy } from '@/server/adapters/rate-limit';
import type { Database } from '@/server/db';
import { users } from '@/server/db/schema';
import { controlCharacterPlace, findControlCharacter, textAt } from './control-characters';
import { AppError } from '@/server/errors';
import { logger as rootLogger, type Logger } from '@/server/logger';
import { isUnexpectedError, reportError } from '@/server/observability/error-reports';
import { observeProcedure } from '@/server/observability/procedure-observer';
import { requestIdFrom } from '@/server/observability/request-id';
import type { Actor } from '@/server/services/actor';
import { enforceRateLimit } from '@/server/services/security/rate-limits';
import { toTRPCError } from './error-mapping';
import { humanPath } from '@/lib/field-path';
import { SIGNED_OUT_MESSAGE } from '@/lib/signed-out';

export interface SessionLike {
  user: { id: string; role: UserRole };
  /** The signed-in session's row (user_sessions), so the account page can mark "this device". */
  sessionId?: string | null;
  /**
   * Set by the session reader (auth/session-reader.ts) only: it has just read this user, its role
   * and session version from the database for this request, so protectedProcedure need not read
   * the user again. Sessions built any other way (tests, scripts) are checked.
   */
  checkedThisRequest?: boolean;
}

export interface TRPCContext {
  db: Database;
  session: SessionLike | null;
  requestId: string;
  log: Logger;
  /** The caller's IP as the proxy reports it; null when unknown (tests, no proxy header). */
  clientIp: string | null;
  rateLimiter: RateLimiter;
  /** Where account mail goes: SMTP, or the dev mailbox of this context's database. */
  mailer: Mailer;
  /** Base of the links in that mail. */
  appUrl: string;
}

export function createTRPCContext(opts: {
  db: Database;
  session: SessionLike | null;
  requestId?: string | null;
  clientIp?: string | null;
  /** Defaults to the process-wide limiter (Redis, Upstash or in-process, from the environment). */
  rateLimiter?: RateLimiter;
  mailer?: Mailer;
  /** Where the request's log lines go; defaults to the process logger. */
  logger?: Logger;
}): TRPCContext {
  const requestId = requestIdFrom(opts.requestId);
  const log = (opts.logger ?? rootLogger).child({ requestId, userId: opts.session?.user.id });
  return {
    db: opts.db,
    session: opts.session,
    requestId,
    log,
    clientIp: opts.clientIp ?? null,
    rateLimiter: opts.rateLimiter ?? getRateLimiter(),
    mailer: opts.mailer ?? (env.SMTP_URL ? getMailer() : devMailboxMailer(() => Promise.resolve(opts.db))),
    appUrl: appUrl(),
  };
}

const t = initTRPC.context<TRPCContext>().create({
  // Inputs are read by superjson; answers are written by the same format's faster walk for plain
  // data (fast-superjson.ts), which clients read with superjson as before.
  transformer: { input: superjson, output: fastOutputTransformer },
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        requestId: ctx?.requestId ?? null,
        appCode: cause instanceof AppError ? cause.code : null,
        fields: cause instanceof AppError ? (cause.details?.fields ?? null) : null,
        /** Machine-readable cause for the UI (e.g. resume import: 'no_text_layer'). */
        reason: cause instanceof AppError && typeof cause.details?.reason === 'string' ? cause.details.reason : null,
        /** Set while a dependency is down (also sent as the Retry-After header). */
        retryAfterSeconds:
          cause instanceof AppError && typeof cause.details?.retryAfterSeconds === 'number'
            ? cause.details.retryAfterSeconds
            : null,
        zodError: cause instanceof ZodError ? z.flattenError(cause) : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

/**
 * Every call: its log lines carry the procedure path, a span, metrics (observability/), errors
 * mapped to the caller's answer (error-mapping.ts), and bugs reported to Sentry when configured.
 */
const errorMapping = t.middleware(async ({ ctx, next, path, type }) => {
  const call = { path, type, requestId: ctx.requestId, userId: ctx.session?.user.id ?? null };
  return observeProcedure(call, async () => {
    const log = ctx.log.child({ procedure: path });
    const started = performance.now();
    const result = await next({ ctx: { log } });
    const ms = Math.round(performance.now() - started);
    if (result.ok) {
      log.debug({ ms }, 'procedure ok');
      return result;
    }
    const error = toTRPCError(result.error, { requestId: ctx.requestId, log }, path);
    if (isUnexpectedError(error))
      reportError(result.error, { requestId: ctx.requestId, userId: call.userId ?? undefined, procedure: path });
    log.info({ ms, code: error.code }, 'procedure failed');
    return { ...result, error };
  });
});

/**
 * Refuses control characters anywhere in the input (control-characters.ts) with a typed error
 * that names the top-level field, as zod's field errors do, so the form marks the field.
 */
const controlCharacters = t.middleware(async ({ next, getRawInput }) => {
  const input = await getRawInput();
  const field = findControlCharacter(input);
  if (field) {
    const top = field.split('.')[0] ?? field;
    const text = textAt(input, field);
    const place = text === null ? null : controlCharacterPlace(text);
    const why = `holds an invisible control character (a bell or NUL, often pasted in)${place ? ` ${place}` : ''}: remove it.`;
    // Named as a person reads it ("Section 1, paragraph 2"): a form without that field shows only this.
    // The field gets the same words, so a form showing both says it once (a walk saw it twice).
    const message = `${humanPath(field.split('.'))} ${why}`;
    throw new AppError('VALIDATION_ERROR', message, { fields: { [top]: [message] } });
  }
  return next();
});

export const publicProcedure = t.procedure.use(errorMapping).use(controlCharacters);

/** Signed in, and the account still exists; narrows ctx to an Actor with the current role. */
export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: SIGNED_OUT_MESSAGE });
  if (ctx.session.checkedThisRequest) {
    const actor: Actor = { userId: ctx.session.user.id, role: ctx.session.user.role };
    return next({ ctx: { ...ctx, actor } });
  }
  const [user] = await ctx.db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(eq(users.id, ctx.session.user.id))
    .limit(1);
  if (!user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Your session has expired. Please sign in again.' });
  const actor: Actor = { userId: user.id, role: user.role };
  return next({ ctx: { ...ctx, actor } });
});

const requireRole = (...roles: UserRole[]) =>
  protectedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.actor.role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'You do not have access to this.' });
    }
    return next();
  });

export const recruiterProcedure = requireRole('recruiter', 'admin');
export const adminProcedure = requireRole('admin');

/**
 * Counts the call against `policy` before it runs; over the limit it fails with RATE_LIMITED
 * (HTTP 429) and a "try again in …" message. `key` picks the bucket (IP, user); null skips.
 */
export const rateLimit = (
  policy: RateLimitPolicy,
  key: (ctx: TRPCContext & { actor?: Actor }) => string | null,
  tooMany: string,
) =>
  t.middleware(async ({ ctx, next }) => {
    await enforceRateLimit(ctx.rateLimiter, policy, key(ctx), tooMany);
    return next();
  });
