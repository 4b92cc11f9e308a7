/**
 * The decisions behind the observability wiring, as plain functions: which errors reach Sentry,
 * who may scrape /api/metrics, which request ids are kept.
 */
import { createTransport, flush } from '@sentry/core';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, APP_ERROR_CODES } from '@/server/errors';
import { initErrorReports, isUnexpectedError, reportError } from '@/server/observability/error-reports';
import { metricsAccess } from '@/server/observability/metrics-access';
import { requestIdFrom } from '@/server/observability/request-id';

describe('which errors are reported', () => {
  it('INTERNAL_SERVER_ERROR is, every other tRPC answer is not', () => {
    expect(isUnexpectedError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR' }))).toBe(true);
    for (const code of [
      'BAD_REQUEST',
      'UNAUTHORIZED',
      'FORBIDDEN',
      'NOT_FOUND',
      'CONFLICT',
      'PRECONDITION_FAILED',
      'TOO_MANY_REQUESTS',
      'PAYLOAD_TOO_LARGE',
      'SERVICE_UNAVAILABLE',
      'BAD_GATEWAY',
    ] as const) {
      expect(isUnexpectedError(new TRPCError({ code })), code).toBe(false);
    }
  });

  it('only a non-operational AppError is a bug; invalid input never is', () => {
    for (const code of APP_ERROR_CODES) {
      expect(isUnexpectedError(new AppError(code, 'x')), code).toBe(code === 'INTERNAL_ERROR');
    }
    expect(isUnexpectedError(z.string().safeParse(1).error)).toBe(false);
  });

  it('anything else thrown (a workflow step, a driver) is', () => {
    expect(isUnexpectedError(new Error('step failed'))).toBe(true);
    expect(isUnexpectedError(new TypeError('x is undefined'))).toBe(true);
    expect(isUnexpectedError('a string')).toBe(true);
  });

  it('a configured client sends unexpected errors and drops expected ones', async () => {
    const sent: string[] = [];
    initErrorReports({
      dsn: 'https://public@o0.ingest.example.invalid/1',
      environment: 'test',
      transport: (options) =>
        createTransport(options, (request) => {
          sent.push(typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body));
          return Promise.resolve({ statusCode: 200 });
        }),
    });
    reportError(new Error('workflow step exploded'), { workflow: 'match-jobs', requestId: 'req-1' });
    // Even when a caller forgets the filter, Sentry's beforeSend applies it.
    reportError(new AppError('NOT_FOUND', 'no such job'), { procedure: 'jobs.byId' });
    await flush(2_000);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('workflow step exploded');
    expect(sent[0]).toContain('match-jobs');
    expect(sent[0]).not.toContain('no such job');
  });
});

describe('who may scrape /api/metrics', () => {
  const token = 'a-long-enough-metrics-token';
  it('with a token: only that bearer token', () => {
    expect(metricsAccess(`Bearer ${token}`, { token, production: true })).toBe('allowed');
    expect(metricsAccess(`bearer ${token}`, { token, production: true })).toBe('allowed');
    expect(metricsAccess('Bearer wrong-token', { token, production: true })).toBe('refused');
    expect(metricsAccess(`Bearer ${token}x`, { token, production: false })).toBe('refused');
    expect(metricsAccess(token, { token, production: true })).toBe('refused');
    expect(metricsAccess(`Basic ${token}`, { token, production: true })).toBe('refused');
    expect(metricsAccess(null, { token, production: false })).toBe('refused');
  });
  it('without a token: hidden in production, open elsewhere', () => {
    expect(metricsAccess(null, { production: true })).toBe('hidden');
    expect(metricsAccess('Bearer anything', { production: true })).toBe('hidden');
    expect(metricsAccess(null, { production: false })).toBe('allowed');
  });
});

describe('request ids', () => {
  it('keeps a sane X-Request-Id and replaces anything else', () => {
    expect(requestIdFrom('abc-123_DEF')).toBe('abc-123_DEF');
    for (const bad of [null, undefined, '', 'a b', 'id\nforged', '<script>', 'x'.repeat(101)]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});
