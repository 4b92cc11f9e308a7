/**
 * /api/trpc names every answer's request id in X-Request-Id: the caller's when it is sane (a
 * proxy's id), else a new one; the same id a 500's "Reference:" and the log lines carry. Through
 * the real route handler on the app's own embedded database; only the session is supplied by the
 * test (next-auth reads it from Next's request scope, which a test has not got).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorsOf, trpcGet, trpcPost, wire } from './helpers/trpc-http';

vi.mock('@/server/auth/session', () => ({ getSession: () => Promise.resolve(null) }));

// The route opens the process database from the environment: the embedded one, in memory.
process.env.DATABASE_URL = '';
process.env.PGLITE_DIR = 'memory://';
const { GET, POST } = await import('@/app/api/trpc/[trpc]/route');
const { getDatabase } = await import('@/server/db');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UNKNOWN_JOB = '00000000-0000-4000-8000-000000000000';

const withId = (id: string) => (req: Request) => {
  req.headers.set('x-request-id', id);
  return GET(req);
};

beforeAll(async () => {
  await getDatabase();
}, 120_000);
afterAll(async () => {
  await (await getDatabase()).close();
});

describe('X-Request-Id on /api/trpc', () => {
  it("echoes a proxy's sane id, on success and in an error's data", async () => {
    const ok = await trpcGet(withId('edge-42_a'), 'jobs.search', {});
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-request-id')).toBe('edge-42_a');

    const missing = await trpcGet(withId('edge-43'), 'jobs.byId', { id: UNKNOWN_JOB });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-request-id')).toBe('edge-43');
    const [error] = await errorsOf(missing);
    expect((error?.data as { requestId?: string }).requestId).toBe('edge-43');
  });

  it('generates one when none or an insane one is sent', async () => {
    const none = await trpcGet(GET, 'jobs.search', {});
    expect(none.headers.get('x-request-id')).toMatch(UUID);
    const forged = await trpcGet(withId('a b <script>'), 'jobs.search', {});
    expect(forged.headers.get('x-request-id')).toMatch(UUID);
  });

  it('names the id on refusals made before tRPC runs too', async () => {
    const crossSite = await trpcPost(POST, 'users.signUp', JSON.stringify(wire({})), {
      origin: 'https://elsewhere.example',
      'x-request-id': 'edge-44',
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get('x-request-id')).toBe('edge-44');
  });
});

describe('a control character in the input', () => {
  it('is refused with the field it is in, so a form can mark that field', async () => {
    const res = await trpcGet(GET, 'jobs.search', { keywords: 'nurse\u0007' });
    expect(res.status).toBe(400);
    const [error] = await errorsOf(res);
    // Where it is, as a person finds it: a pasted resume refused with no place was a hunt (walk).
    expect(error?.message).toBe(
      'Keywords holds an invisible control character (a bell or NUL, often pasted in) after “nurse”: remove it.',
    );
    expect((error?.data as { fields?: unknown }).fields).toEqual({
      // The same words as the message: a form that shows both says it once.
      keywords: [
        'Keywords holds an invisible control character (a bell or NUL, often pasted in) after “nurse”: remove it.',
      ],
    });
  });
});
