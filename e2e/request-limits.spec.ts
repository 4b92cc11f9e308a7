import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PASSWORD } from './helpers';

/**
 * Limits as a client meets them through `next start`: a 30 MB body streamed to a public procedure
 * is answered 413 long before it has all been sent; a batch of 100 calls is refused; ordinary
 * calls, a batch and a signed-in resume upload still work; /api/health and /api/ready answer.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const MB = 1024 * 1024;

interface StreamedAnswer {
  status: number;
  body: string;
  ms: number;
  /** Bytes the client had written when the answer arrived. */
  sentBeforeAnswer: number;
  connection: string | undefined;
}

/** POSTs `total` bytes in 64 KiB chunks (chunked: no Content-Length), stopping once answered. */
function streamPost(urlPath: string, total: number): Promise<StreamedAnswer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let sent = 0;
    let answered = false;
    const req = http.request(
      { host: 'localhost', port: PORT, path: urlPath, method: 'POST', headers: { 'content-type': 'application/json' } },
      (res) => {
        answered = true;
        const sentBeforeAnswer = sent;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body,
            ms: performance.now() - started,
            sentBeforeAnswer,
            connection: res.headers.connection,
          }),
        );
      },
    );
    // The server may close the connection after answering, while this side is still writing.
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const write = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', write);
          return;
        }
      }
      if (!answered) req.end();
    };
    write();
  });
}

test('a 30 MB streamed sign-up body is answered 413 without being read whole', async () => {
  const answer = await streamPost('/api/trpc/users.signUp', 30 * MB);
  console.info(
    `30 MB stream: ${answer.status} in ${Math.round(answer.ms)} ms, ${(answer.sentBeforeAnswer / MB).toFixed(1)} MB sent before the answer`,
  );
  expect(answer.status).toBe(413);
  const body = JSON.parse(answer.body) as { error: { json: { message: string; data: { code: string } } } };
  expect(body.error.json.data.code).toBe('PAYLOAD_TOO_LARGE');
  expect(body.error.json.message).toMatch(/too large.*1 MB/);
  expect(answer.sentBeforeAnswer).toBeLessThan(30 * MB);
  expect(answer.ms).toBeLessThan(5_000);
  expect((await fetch(`http://localhost:${PORT}/api/health`)).status).toBe(200);
});

test('a batch of 100 calls is refused; a batch of 3 runs', async ({ request }) => {
  const batch = (n: number) => {
    const paths = Array.from({ length: n }, () => 'jobs.list').join(',');
    const input = Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { json: { page: 1 } }]));
    return `/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
  };
  const refused = await request.get(batch(100));
  expect(refused.status()).toBe(400);
  expect(JSON.stringify(await refused.json())).toMatch(/at most 10 calls/);
  const ok = await request.get(batch(3));
  expect(ok.status()).toBe(200);
  expect((await ok.json()) as unknown[]).toHaveLength(3);
});

test('a signed-in user still uploads a resume through the API', async ({ request }) => {
  // Signed up and in over HTTP, as the forms do: this test needs no browser.
  const email = `e2e.upload.${Date.now()}@example.com`;
  const signUp = await request.post('/api/trpc/users.signUp', {
    data: { json: { email, password: PASSWORD, firstName: 'Upload', lastName: 'User' } },
  });
  expect(signUp.status()).toBe(200);
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const signIn = await request.post('/api/auth/callback/credentials', {
    form: { email, password: PASSWORD, csrfToken, json: 'true' },
  });
  expect(signIn.status()).toBe(200);

  const file = readFileSync(path.join(import.meta.dirname, '../tests/fixtures/resumes/resume.pdf')).toString('base64');
  const res = await request.post('/api/trpc/profile.readResume', {
    data: { json: { filename: 'resume.pdf', contentBase64: file } },
  });
  expect(res.status()).toBe(200);
});

test('/api/health is alive and /api/ready reports each part without secrets', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  const ready = await request.get('/api/ready');
  expect(ready.status()).toBe(200);
  const report = (await ready.json()) as { status: string; components: Record<string, { status: string; required: boolean }> };
  expect(report.status).toBe('ready');
  expect(report.components.database).toMatchObject({ status: 'up', required: true });
  expect(Object.keys(report.components).sort()).toEqual(['cache', 'database', 'vectors', 'workflows']);
  expect(JSON.stringify(report)).not.toMatch(/:\/\/|password|secret|token|key/i);
});
