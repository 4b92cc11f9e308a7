import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { signIn } from './helpers';

/**
 * Every page and API route of src/app answers with the security headers, signed out and signed
 * in. The routes are read from the files, so a new page or route without a sample URL below
 * fails this test instead of going unchecked.
 */
const APP = path.join(import.meta.dirname, '..', 'src', 'app');
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

function routeFiles(dir: string, prefix = ''): { route: string; kind: 'page' | 'api' }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return routeFiles(path.join(dir, entry.name), `${prefix}/${entry.name}`);
    if (entry.name === 'page.tsx') return [{ route: prefix || '/', kind: 'page' as const }];
    if (entry.name === 'route.ts') return [{ route: prefix, kind: 'api' as const }];
    return [];
  });
}

const trpcInput = (json: unknown) => encodeURIComponent(JSON.stringify({ json }));

/** The URLs to ask for each route with dynamic segments or several answers. */
function samplesFor(route: string, jobId: string): string[] | undefined {
  const samples: Record<string, string[]> = {
    // The not-found page, for a route and for a path no route serves.
    '/jobs/[id]': [`/jobs/${jobId}`, `/jobs/${UNKNOWN}`, '/no-such-page'],
    '/applications/[id]': [`/applications/${UNKNOWN}`],
    '/documents/[id]': [`/documents/${UNKNOWN}`],
    '/recruiter/jobs/[id]': [`/recruiter/jobs/${UNKNOWN}`],
    '/recruiter/applications/[id]': [`/recruiter/applications/${UNKNOWN}`],
    '/recruiter/join/[token]': ['/recruiter/join/not-a-real-invitation'],
    '/applications/[id]/interviews/[interviewId]/calendar': [`/applications/${UNKNOWN}/interviews/${UNKNOWN}/calendar`],
    '/api/auth/[...nextauth]': ['/api/auth/session', '/api/auth/csrf', '/api/auth/providers'],
    '/api/trpc/[trpc]': [
      `/api/trpc/jobs.search?input=${trpcInput({ keywords: 'engineer' })}`,
      '/api/trpc/users.me',
      '/api/trpc/account.security',
    ],
    '/api/documents/[versionId]/export': [`/api/documents/${UNKNOWN}/export?format=pdf`],
    '/api/alerts/unsubscribe': ['/api/alerts/unsubscribe?token=nope'],
    // Production without METRICS_TOKEN (the e2e server): 404; with a token and none sent: 401.
    '/api/metrics': ['/api/metrics'],
  };
  if (samples[route]) return samples[route];
  return route.includes('[') ? undefined : [route];
}

function expectCommonHeaders(res: APIResponse, url: string) {
  const h = res.headers();
  // Inngest's serve() answers 500 to a GET when no signing key is set and INNGEST_DEV is off (the
  // e2e server's setting); its headers are what is checked here.
  if (url !== '/api/inngest') expect(res.status(), url).toBeLessThan(500);
  const policy = h['content-security-policy'] ?? '';
  expect(policy, url).toContain("frame-ancestors 'none'");
  // No inline script may run: neither script-src nor the default-src it falls back to allows it.
  const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1] ?? /(?:^|;)\s*default-src ([^;]*)/.exec(policy)?.[1];
  expect(scriptSrc, url).toBeDefined();
  expect(scriptSrc, url).not.toContain("'unsafe-inline'");
  expect(h['x-content-type-options'], url).toBe('nosniff');
  expect(h['x-frame-options'], url).toBe('DENY');
  expect(h['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy'], url).toContain('camera=()');
  expect(h['cross-origin-opener-policy'], url).toBe('same-origin');
  // `next start` is the production build: HSTS is on.
  expect(h['strict-transport-security'], url).toMatch(/max-age=\d{7,}/);
  return { policy, scriptSrc: scriptSrc ?? '' };
}

async function checkAll(get: (url: string) => Promise<APIResponse>, jobId: string) {
  const routes = routeFiles(APP);
  expect(routes.filter((r) => r.kind === 'page').length).toBeGreaterThan(20);
  const missing = routes.filter((r) => !samplesFor(r.route, jobId)).map((r) => r.route);
  expect(missing, 'routes without a sample URL in this test').toEqual([]);
  const nonces = new Set<string>();
  let pages = 0;
  for (const { route, kind } of routes) {
    for (const url of samplesFor(route, jobId)!) {
      const res = await get(url);
      const { scriptSrc } = expectCommonHeaders(res, url);
      if (kind === 'page') {
        const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc)?.[1];
        expect(nonce, url).toBeTruthy();
        nonces.add(nonce!);
        pages += 1;
        // A rendered page (not a redirect) stamps that nonce on every script it carries.
        if (res.status() === 200) {
          const html = await res.text();
          const scripts = html.match(/<script\b[^>]*>/g) ?? [];
          expect(scripts.length, url).toBeGreaterThan(0);
          for (const tag of scripts) expect(tag, url).toContain(`nonce="${nonce}"`);
        }
      } else {
        expect(res.headers()['cache-control'], url).toContain('no-store');
      }
    }
  }
  // A fresh nonce per response.
  expect(nonces.size).toBe(pages);
}

async function firstJobId(get: (url: string) => Promise<APIResponse>): Promise<string> {
  const res = await get(`/api/trpc/jobs.search?input=${trpcInput({})}`);
  const body = (await res.json()) as { result: { data: { json: { items: { id: string }[] } } } };
  const id = body.result.data.json.items[0]?.id;
  expect(id).toBeTruthy();
  return id!;
}

test('every page and API route carries the security headers, signed out', async ({ request }) => {
  const get = (url: string) => request.get(url, { maxRedirects: 0 });
  await checkAll(get, await firstJobId(get));
});

test('every page and API route carries the security headers, signed in', async ({ page }) => {
  await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
  const get = (url: string) => page.request.get(url, { maxRedirects: 0 });
  await checkAll(get, await firstJobId(get));
});

test('tRPC answers are never stored, batched and POSTed ones included', async ({ page }) => {
  await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
  const batch = await page.request.get(
    `/api/trpc/users.me,account.security?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`,
  );
  expect(batch.status()).toBe(200);
  expect(batch.headers()['cache-control']).toContain('no-store');
  const post = await page.request.post('/api/trpc/users.updateProfile', {
    data: { json: { firstName: 'Sam' } },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(post.status()).toBe(200);
  expect(post.headers()['cache-control']).toContain('no-store');
});

test('pages run under the policy: no script is refused while signing in, searching and opening a job', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(msg.text())) refused.push(msg.text());
  });
  await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
  await page.goto('/jobs?q=engineer');
  const cards = page.getByTestId('job-card');
  await expect(cards.first()).toBeVisible();
  await cards.first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'About the job' })).toBeVisible();
  await page.goto('/me');
  await expect(page.getByTestId('me-email')).toHaveText('seeker@givemejobs.dev');
  expect(refused).toEqual([]);
});
