/**
 * Whole `jobs.search` answers sent again from the process (api/search-answers.ts), through the
 * real route handler on the app's own embedded database: the same bytes to anyone, only for
 * answers the search cache gave, and never past a job write. The session is supplied by the test
 * (next-auth reads it from Next's request scope, which a test has not got).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionLike } from '@/server/api/trpc';
import { insertJob } from './helpers/jobs';
import { ORIGIN, trpcGet, wire } from './helpers/trpc-http';

// Before every import (vi.hoisted runs first): the helpers' imports read the database settings.
vi.hoisted(() => {
  process.env.DATABASE_URL = '';
  process.env.PGLITE_DIR = 'memory://';
});
let signedIn: SessionLike | null = null;
vi.mock('@/server/auth/session', () => ({ getSession: () => Promise.resolve(signedIn) }));

const { GET, POST } = await import('@/app/api/trpc/[trpc]/route');
const { getDatabase } = await import('@/server/db');
const { getCache } = await import('@/server/adapters/cache');
const { bumpJobsVersion } = await import('@/server/services/jobs/search/jobs-version');
const { metrics } = await import('@/server/observability/metrics');
const { forgetSearchAnswers } = await import('@/server/api/search-answers');
const { signUpUser } = await import('./helpers/factories');

type Db = Awaited<ReturnType<typeof getDatabase>>['db'];
let db: Db;

/** How many answers the process has sent again whole so far. */
const reused = async () => (await metrics().searchAnswersReused.get()).values[0]?.value ?? 0;

interface SearchBody {
  result: { data: { json: { cached: boolean; total: number; items: { title: string }[] } } };
}
const searchFor = (keywords: string, extra: Record<string, unknown> = {}) =>
  trpcGet(GET, 'jobs.search', { keywords, ...extra });

/** The batch the app's client sends for one call ("jobs.search?batch=1&input={"0":…}"). */
const batchOf = (paths: string[], inputs: unknown[], headers: Record<string, string> = {}) => {
  const input = Object.fromEntries(inputs.map((v, i) => [String(i), wire(v)]));
  const url = `${ORIGIN}/api/trpc/${paths.join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
  return GET(new Request(url, { headers }));
};

beforeAll(async () => {
  db = (await getDatabase()).db;
}, 120_000);
afterAll(async () => {
  await (await getDatabase()).close();
});

describe('jobs.search answers sent again whole', () => {
  it('sends the search cache’s answer again to anyone, with its own request id, until a job changes', async () => {
    forgetSearchAnswers();
    const word = `zephyrite${randomUUID().slice(0, 8)}`;
    await insertJob(db, { title: 'Glazier', description: `Cuts ${word} panes.` });
    await insertJob(db, { title: 'Glass cutter', description: `Polishes ${word} sheets.` });
    const before = await reused();

    const computed = (await (await searchFor(word)).json()) as SearchBody;
    expect(computed.result.data.json).toMatchObject({ cached: false, total: 2 });
    const fromSearchCache = await searchFor(word);
    const fromSearchCacheText = await fromSearchCache.text();
    expect((JSON.parse(fromSearchCacheText) as SearchBody).result.data.json.cached).toBe(true);
    expect(await reused()).toBe(before);

    const again = await searchFor(word);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(fromSearchCacheText);
    expect(again.headers.get('content-type')).toBe(fromSearchCache.headers.get('content-type'));
    expect(again.headers.get('x-request-id')).toBeTruthy();
    expect(again.headers.get('x-request-id')).not.toBe(fromSearchCache.headers.get('x-request-id'));
    expect(await reused()).toBe(before + 1);

    // A signed-in caller gets the same shared answer (only sort `match` is their own).
    const seeker = await signUpUser(db);
    signedIn = { user: { id: seeker.id, role: 'seeker' }, checkedThisRequest: true };
    try {
      const signedInAnswer = await GET(
        new Request(
          `${ORIGIN}/api/trpc/jobs.search?input=${encodeURIComponent(JSON.stringify(wire({ keywords: word })))}`,
          {
            headers: { cookie: 'next-auth.session-token=t' },
          },
        ),
      );
      expect(await signedInAnswer.text()).toBe(fromSearchCacheText);
      expect(await reused()).toBe(before + 2);
    } finally {
      signedIn = null;
    }

    // Every job write bumps the jobs version (recruiter/jobs-changed.ts): nothing kept survives it.
    await insertJob(db, { title: 'Glass blower', description: `Blows ${word} vases.` });
    await bumpJobsVersion(getCache());
    const afterWrite = (await (await searchFor(word)).json()) as SearchBody;
    expect(afterWrite.result.data.json).toMatchObject({ cached: false, total: 3 });
    expect(await reused()).toBe(before + 2);
  });

  it('keeps the client’s one-call batch, and nothing else: errors, sort match, other calls, POST', async () => {
    forgetSearchAnswers();
    const word = `quillwort${randomUUID().slice(0, 8)}`;
    await insertJob(db, { title: 'Botanist', description: `Studies ${word} ferns.` });
    const before = await reused();

    const texts: string[] = [];
    for (let i = 0; i < 3; i++) texts.push(await (await batchOf(['jobs.search'], [{ keywords: word }])).text());
    expect(texts[2]).toBe(texts[1]);
    expect(await reused()).toBe(before + 1);
    // Parameters tRPC does not read do not make another answer.
    const url = `${ORIGIN}/api/trpc/jobs.search?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: wire({ keywords: word }) }))}`;
    expect(await (await GET(new Request(`${url}&utm_source=mail`))).text()).toBe(texts[1]);
    expect(await reused()).toBe(before + 2);
    // Asked for a stream (tRPC reads Accept when trpc-accept is absent): tRPC streams, every time.
    for (let i = 0; i < 2; i++) {
      const streamed = await GET(new Request(url, { headers: { accept: 'application/jsonl' } }));
      expect(streamed.status).toBe(200);
      expect(await streamed.text()).not.toBe(texts[1]);
    }
    // HEAD is answered by tRPC, without a body, and keeps nothing.
    const head = await GET(new Request(url, { method: 'HEAD' }));
    expect(await head.text()).toBe('');
    expect(await reused()).toBe(before + 2);

    // Two calls in one batch run through tRPC every time.
    for (let i = 0; i < 3; i++) {
      const res = await batchOf(['jobs.search', 'jobs.search'], [{ keywords: word }, { keywords: word, page: 2 }]);
      expect(res.status).toBe(200);
    }
    // Sort `match` is refused anonymously each time, with a fresh request id in its error.
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const refused = await searchFor(word, { sort: 'match' });
      expect(refused.status).toBe(400);
      ids.add(
        ((await refused.json()) as { error: { json: { data: { requestId: string } } } }).error.json.data.requestId,
      );
    }
    expect(ids.size).toBe(3);
    // A POST to a query is tRPC's to refuse, every time.
    for (let i = 0; i < 2; i++) {
      const post = await POST(
        new Request(`${ORIGIN}/api/trpc/jobs.search`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(wire({ keywords: word })),
        }),
      );
      expect(post.status).toBeGreaterThanOrEqual(400);
    }
    expect(await reused()).toBe(before + 2);
  });
});
