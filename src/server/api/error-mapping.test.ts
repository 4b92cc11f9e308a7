import { TRPCError } from '@trpc/server';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { factText } from '@/lib/validators/documents';
import { AppError } from '@/server/errors';
import { toTRPCError } from './error-mapping';

function captureLogger() {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'debug' }, { write: (s: string) => lines.push(JSON.parse(s) as Record<string, unknown>) });
  return { log, lines };
}

const wrap = (cause: unknown) => new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause });

describe('toTRPCError', () => {
  it('maps each operational AppError code to its tRPC code and keeps the message', () => {
    const { log } = captureLogger();
    const cases = [
      ['VALIDATION_ERROR', 'BAD_REQUEST'],
      ['UNAUTHORIZED', 'UNAUTHORIZED'],
      ['FORBIDDEN', 'FORBIDDEN'],
      ['NOT_FOUND', 'NOT_FOUND'],
      ['CONFLICT', 'CONFLICT'],
      ['RATE_LIMITED', 'TOO_MANY_REQUESTS'],
      ['PAYLOAD_TOO_LARGE', 'PAYLOAD_TOO_LARGE'],
      ['SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE'],
      ['EXTERNAL_SERVICE_ERROR', 'BAD_GATEWAY'],
    ] as const;
    for (const [app, trpc] of cases) {
      const out = toTRPCError(wrap(new AppError(app, `msg ${app}`)), { requestId: 'r1', log }, 'x');
      expect(out.code).toBe(trpc);
      expect(out.message).toBe(`msg ${app}`);
    }
  });

  it('hides unknown errors behind a generic message with the request id, and logs the stack', () => {
    const { log, lines } = captureLogger();
    const out = toTRPCError(
      wrap(new Error('connection string postgres://secret@db')),
      { requestId: 'req-42', log },
      'jobs.list',
    );
    expect(out.code).toBe('INTERNAL_SERVER_ERROR');
    expect(out.message).toBe('Something went wrong on our side. Reference: req-42');
    expect(out.message).not.toContain('secret');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      path: 'jobs.list',
      err: { message: 'connection string postgres://secret@db' },
    });
    expect(JSON.stringify(lines[0])).toContain('stack');
  });

  it('treats AppError INTERNAL_ERROR as a bug: generic message', () => {
    const { log } = captureLogger();
    const out = toTRPCError(wrap(new AppError('INTERNAL_ERROR', 'invariant broken: x')), { requestId: 'r', log }, 'p');
    expect(out.code).toBe('INTERNAL_SERVER_ERROR');
    expect(out.message).not.toContain('invariant');
  });

  it('turns a zod error thrown by a service into BAD_REQUEST naming the field', () => {
    const { log } = captureLogger();
    const zerr = z.object({ age: z.number().min(18, 'Too young.') }).safeParse({ age: 3 }).error!;
    const out = toTRPCError(wrap(zerr), { requestId: 'r', log }, 'p');
    expect(out.code).toBe('BAD_REQUEST');
    expect(out.message).toBe('Age: Too young.');
  });

  it("names a nested field the way the form shows it, and says a paragraph's limit plainly", () => {
    // The document editor showed "content.sections.0.paragraphs.1.text: Too big: expected string to have <=2000 characters".
    const { log } = captureLogger();
    const doc = z.object({ content: z.object({ sections: z.array(z.object({ paragraphs: z.array(factText) })) }) });
    const long = { text: 'x'.repeat(2001), factIds: [] };
    const zerr = doc.safeParse({ content: { sections: [{ paragraphs: [{ text: 'ok', factIds: [] }, long] }] } }).error!;
    expect(toTRPCError(wrap(zerr), { requestId: 'r', log }, 'p').message).toBe(
      'Section 1, paragraph 2: At most 2,000 characters.',
    );
  });

  it('does not name a field twice when the message already opens with it', () => {
    const { log } = captureLogger();
    const schema = z.object({ endDate: z.string().refine(() => false, 'End date must be after the start date.') });
    const zerr = schema.safeParse({ endDate: '2020-01-01' }).error!;
    expect(toTRPCError(wrap(zerr), { requestId: 'r', log }, 'p').message).toBe('End date must be after the start date.');
  });

  it("treats a failed output validation as our bug, not the caller's: 500 with a generic message, logged", () => {
    const { log, lines } = captureLogger();
    const zerr = z.object({ email: z.email() }).safeParse({ email: 'not an email' }).error!;
    const failed = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'Output validation failed', cause: zerr });
    const out = toTRPCError(failed, { requestId: 'r9', log }, 'users.me');
    expect(out.code).toBe('INTERNAL_SERVER_ERROR');
    expect(out.message).toBe('Something went wrong on our side. Reference: r9');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, path: 'users.me' });
  });

  it('passes deliberate tRPC errors through unchanged', () => {
    const { log } = captureLogger();
    const original = new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
    expect(toTRPCError(original, { requestId: 'r', log }, 'p')).toBe(original);
  });
});
