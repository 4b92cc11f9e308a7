/**
 * Body-size and batch limits of /api/trpc, through the real route handler on the app's own
 * database (embedded, in memory). Only the session is supplied by the test: next-auth reads it
 * from Next's request scope, which a test has not got.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { SessionLike } from '@/server/api/trpc';
import { users } from '@/server/db/schema';
import { countingStream, errorsOf, trpcPost, wire } from './helpers/trpc-http';

const session = vi.hoisted(() => ({ current: null as SessionLike | null }));
vi.mock('@/server/auth/session', () => ({ getSession: () => Promise.resolve(session.current) }));
/** The route reads a session only for a request carrying next-auth's cookie; its value is the mock's business. */
const SIGNED_IN = { cookie: 'next-auth.session-token=test' };

// The route opens the process database from the environment: the embedded one, in memory.
process.env.DATABASE_URL = '';
process.env.PGLITE_DIR = 'memory://';
const { GET, POST } = await import('@/app/api/trpc/[trpc]/route');
const { getDatabase } = await import('@/server/db');
const { drainWorkflows } = await import('@/server/workflows/dispatch');

const MB = 1024 * 1024;
const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, 'fixtures/resumes', name)).toString('base64');
let counter = 0;
const signUpBody = () => {
  counter += 1;
  return JSON.stringify(
    wire({
      email: `limits${counter}.${Date.now()}@example.com`,
      password: 'Str0ng!Passw0rd',
      firstName: 'Li',
      lastName: 'Mits',
    }),
  );
};

/** Signs up over HTTP; sign-up answers the same for every address, so the id is read from the database. */
async function signedUpUserId(): Promise<string> {
  const body = signUpBody();
  const res = await trpcPost(POST, 'users.signUp', body);
  expect(res.status).toBe(200);
  const { email } = (JSON.parse(body) as { json: { email: string } }).json;
  const { db } = await getDatabase();
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no user for ${email}`);
  return user.id;
}

beforeAll(async () => {
  await getDatabase();
}, 120_000);
afterEach(() => {
  session.current = null;
});
afterAll(async () => {
  await drainWorkflows();
  await (await getDatabase()).close();
});

describe('request body caps', () => {
  it('answers a 30 MB streamed sign-up body with 413 after reading about 1 MB of it', async () => {
    const body = countingStream(30 * MB);
    const started = performance.now();
    const res = await trpcPost(POST, 'users.signUp', body.stream);
    const ms = performance.now() - started;
    expect(res.status).toBe(413);
    const [error] = await errorsOf(res);
    expect(error?.data).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 });
    expect(error?.message).toMatch(/request is too large.*1 MB/i);
    expect(body.read()).toBeLessThanOrEqual(1 * MB + 64 * 1024);
    expect(ms).toBeLessThan(3_000);
    console.info(`30 MB streamed body: 413 in ${Math.round(ms)} ms after reading ${body.read()} bytes`);
  });

  it('refuses a body declared too big without reading any of it', async () => {
    const body = countingStream(30 * MB);
    const res = await trpcPost(POST, 'users.signUp', body.stream, { 'content-length': String(30 * MB) });
    expect(res.status).toBe(413);
    const [error] = await errorsOf(res);
    expect(error?.data.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.read()).toBe(0);
  });

  it('still signs a user up with a normal body', async () => {
    const res = await trpcPost(POST, 'users.signUp', signUpBody());
    expect(res.status).toBe(200);
  });

  it('lets a signed-in user upload a resume, and a file just past the resume limit reach the resume limit message', async () => {
    session.current = { user: { id: await signedUpUserId(), role: 'seeker' } };
    const ok = await trpcPost(
      POST,
      'profile.readResume',
      JSON.stringify(wire({ filename: 'resume.pdf', contentBase64: fixture('resume.pdf') })),
      SIGNED_IN,
    );
    expect(ok.status).toBe(200);

    // 5.5 MB: over the 5 MB file limit but inside the upload cap, so the user gets the resume reader's own words.
    const big = Buffer.alloc(5.5 * MB, 0x41).toString('base64');
    const tooBig = await trpcPost(
      POST,
      'profile.readResume',
      JSON.stringify(wire({ filename: 'big.txt', contentBase64: big })),
      SIGNED_IN,
    );
    expect(tooBig.status).toBe(413);
    const [fileError] = await errorsOf(tooBig);
    expect(fileError?.message).toMatch(/5 MB/);
    expect(fileError?.data.appCode).toBe('PAYLOAD_TOO_LARGE');

    // 12 MB of file is 16 MB on the wire: past the upload cap, refused before decoding.
    const huge = countingStream(16 * MB);
    const capped = await trpcPost(POST, 'profile.readResume', huge.stream, SIGNED_IN);
    expect(capped.status).toBe(413);
    const [capError] = await errorsOf(capped);
    expect(capError?.message).toMatch(/request is too large.*9 MB/i);
    expect(huge.read()).toBeLessThan(10 * MB);
  });

  it('gives an anonymous caller the small cap even on the upload procedure', async () => {
    const body = countingStream(5 * MB);
    const res = await trpcPost(POST, 'profile.readResume', body.stream);
    expect(res.status).toBe(413);
    expect(body.read()).toBeLessThanOrEqual(1 * MB + 64 * 1024);
  });
});

describe('batch length', () => {
  const batch = (n: number) => {
    const paths = Array.from({ length: n }, () => 'jobs.list').join(',');
    const inputs = Object.fromEntries(Array.from({ length: n }, (_, i) => [i, wire({ page: 1 })]));
    return `${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`;
  };

  it('refuses a batch of 100 calls with a clear message, running none', async () => {
    const res = await GET(new Request(`http://localhost:3000/api/trpc/${batch(100)}`));
    expect([400, 413]).toContain(res.status);
    const errors = await errorsOf(res);
    expect(errors[0]?.message).toMatch(/at most 10 calls/i);
  });

  it('refuses a POST batch of 100 mutations', async () => {
    const paths = Array.from({ length: 100 }, () => 'users.signUp').join(',');
    const inputs = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [i, JSON.parse(signUpBody()) as unknown]));
    const res = await trpcPost(POST, `${paths}?batch=1`, JSON.stringify(inputs));
    expect([400, 413]).toContain(res.status);
    const errors = await errorsOf(res);
    expect(errors[0]?.message).toMatch(/at most 10 calls/i);
  });

  it('runs a batch of 10 calls', async () => {
    const res = await GET(new Request(`http://localhost:3000/api/trpc/${batch(10)}`));
    expect(res.status).toBe(200);
    const body = (await res.json()) as unknown[];
    expect(body).toHaveLength(10);
  });
});

describe('rate-limited answers', () => {
  it('answers 429 with a numeric Retry-After once the limit is reached', async () => {
    session.current = { user: { id: await signedUpUserId(), role: 'seeker' } };
    const attempt = () =>
      trpcPost(
        POST,
        'users.changePassword',
        JSON.stringify(wire({ currentPassword: 'Wr0ng!Passw0rd', newPassword: 'N3w!Passw0rd-long' })),
        SIGNED_IN,
      );
    // passwordChangesPerUser allows 10 an hour: the wrong current password is refused 10 times.
    for (let i = 0; i < 10; i += 1) expect((await attempt()).status).toBe(400);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60 * 60);
    const [error] = await errorsOf(limited);
    expect(error?.message).toMatch(/too many password changes/i);
  });
});
