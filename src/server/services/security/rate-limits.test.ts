import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { memoryRateLimiter } from '@/server/adapters/rate-limit';
import { AppError } from '@/server/errors';
import { enforceRateLimit, retryAfterSecondsOf, waitText } from './rate-limits';

const policy = { name: 'unit', points: 1, durationSeconds: 120 };

describe('rate limit answers', () => {
  it('says how long to wait in words a person reads', () => {
    expect([1, 45, 89, 90, 3600].map(waitText)).toEqual([
      '1 second',
      '45 seconds',
      '89 seconds',
      '2 minutes',
      '60 minutes',
    ]);
  });

  it('gives a batch the longest Retry-After its RATE_LIMITED errors ask for, and none otherwise', async () => {
    const limiter = memoryRateLimiter();
    await enforceRateLimit(limiter, policy, 'k', 'Too many.');
    const limited = await enforceRateLimit(limiter, policy, 'k', 'Too many.').catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(AppError);
    const asTrpc = (cause: unknown) => new TRPCError({ code: 'TOO_MANY_REQUESTS', cause });
    const short = new AppError('RATE_LIMITED', 'x', { retryAfterSeconds: 5 });
    expect(retryAfterSecondsOf([asTrpc(limited), asTrpc(short)])).toBeGreaterThan(100);
    expect(
      retryAfterSecondsOf([asTrpc(new AppError('NOT_FOUND', 'x')), new TRPCError({ code: 'BAD_REQUEST' })]),
    ).toBeNull();
  });
});
