/**
 * `DATABASE_URL=postgres://…/db npm run bench:pages [-- --reuse-build] [--runs N] [--port N]`
 *
 * Page speed of the production build (`next start`) in Debian's Chromium: the landing page,
 * search, a job page, the matches (signed in as the demo seeker) and the applications board.
 * Per route: LCP, CLS and total blocking time over N cold loads (a fresh browser context each,
 * so no HTTP cache; after one warm-up load per route), p50/p95; and the first-load JavaScript
 * gzipped, from the build's manifests (first-load-js.ts). The database must hold the seed (the
 * demo seeker and its applications; `npm run db:seed`, or the bench:api database).
 * Writes bench/results/pages.json (format: BENCHMARKS.md).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { env } from '@/env';
import { buildApp, hasBuild, startNext, type Server } from './api/servers';
import { signInSeeker } from './api/sign-in';
import { firstLoadJsKb } from './pages/first-load-js';
import { measureLoad, OBSERVERS, type Vitals } from './pages/vitals';
import { percentile, round } from './stats';
import { gitCommit, saveResult } from './result-file';

const { values: args } = parseArgs({
  options: {
    'reuse-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '9' },
    port: { type: 'string', default: '3301' },
  },
});
const RUNS = Number(args.runs);
const PORT = Number(args.port);
const TARGETS = { lcp_ms: 1000, cls: 0.05, tbt_ms: 100, first_load_js_kb_gz: 180 } as const;

interface Route {
  name: string;
  /** The app route whose build output is counted (a page.tsx path under src/app). */
  appRoute: string;
  url: (ctx: { jobId: string }) => string;
  signedIn: boolean;
}

const ROUTES: Route[] = [
  { name: 'landing', appRoute: '/page', url: () => '/', signedIn: false },
  { name: 'search', appRoute: '/jobs/page', url: () => '/jobs?q=software+engineer', signedIn: false },
  { name: 'job_page', appRoute: '/jobs/[id]/page', url: ({ jobId }) => `/jobs/${jobId}`, signedIn: false },
  { name: 'matches', appRoute: '/matches/page', url: () => '/matches', signedIn: true },
  { name: 'board', appRoute: '/applications/page', url: () => '/applications', signedIn: true },
];

if (!env.DATABASE_URL) {
  console.error('DATABASE_URL must point at a seeded PostgreSQL database.');
  process.exit(1);
}

const loadAtStart = os.loadavg()[0] ?? 0;
const metrics: Record<string, number> = {};
let server: Server | null = null;
let browser: Browser | null = null;

try {
  if (!args['reuse-build'] || !hasBuild()) buildApp((m) => console.log(`  ${m}`));
  server = await startNext(PORT, {
    DATABASE_URL: env.DATABASE_URL,
    LOG_LEVEL: 'warn',
    NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
    NEXTAUTH_SECRET: 'bench-pages-secret-not-for-production-0123456789',
  });
  const origin = server.origin;
  const jobId = await firstJobId(origin);
  const cookie = await signInSeeker(origin);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  for (const route of ROUTES) {
    const samples: Vitals[] = [];
    // One warm-up load: the server's compiled route, statement plans and caches, not the browser's.
    for (let i = 0; i <= RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
      if (route.signedIn) await context.addCookies(cookiesFor(cookie, origin));
      await context.addInitScript(OBSERVERS);
      const page = await context.newPage();
      const v = await measureLoad(page, `${origin}${route.url({ jobId })}`);
      if (new URL(page.url()).pathname.startsWith('/sign-in')) throw new Error(`${route.name}: redirected to sign-in`);
      await context.close();
      if (i > 0) samples.push(v);
    }
    for (const key of ['lcp_ms', 'cls', 'tbt_ms'] as const) {
      const values = samples.map((s) => s[key]);
      const digits = key === 'cls' ? 4 : 1;
      metrics[`${route.name}_${key.replace('_ms', '')}_p50${key === 'cls' ? '' : '_ms'}`] = round(
        percentile(values, 50),
        digits,
      );
      metrics[`${route.name}_${key.replace('_ms', '')}_p95${key === 'cls' ? '' : '_ms'}`] = round(
        percentile(values, 95),
        digits,
      );
    }
    metrics[`${route.name}_first_load_js_kb_gz`] = round(firstLoadJsKb(route.appRoute), 1);
    console.log(
      `  ${route.name.padEnd(10)} LCP p50 ${metrics[`${route.name}_lcp_p50_ms`]} p95 ${metrics[`${route.name}_lcp_p95_ms`]} ms · CLS p95 ${metrics[`${route.name}_cls_p95`]} · TBT p50 ${metrics[`${route.name}_tbt_p50_ms`]} p95 ${metrics[`${route.name}_tbt_p95_ms`]} ms · JS ${metrics[`${route.name}_first_load_js_kb_gz`]} KB gz`,
    );
  }
  writeResult();
} finally {
  await browser?.close().catch(() => {});
  await server?.stop().catch(() => {});
}

/** A job to open: the first of the landing page's latest jobs. */
async function firstJobId(origin: string): Promise<string> {
  const html = await (await fetch(`${origin}/`)).text();
  const id = /href="\/jobs\/([0-9a-f-]{36})"/.exec(html)?.[1];
  if (!id) throw new Error('no job link on the landing page (is the database seeded?)');
  return id;
}

function cookiesFor(header: string, origin: string) {
  return header.split('; ').map((pair) => {
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: origin };
  });
}

function writeResult(): void {
  const targets = ROUTES.flatMap((r) => [
    { metric: `${r.name}_lcp_p95_ms`, op: '<=', value: TARGETS.lcp_ms },
    { metric: `${r.name}_cls_p95`, op: '<=', value: TARGETS.cls },
    { metric: `${r.name}_tbt_p95_ms`, op: '<=', value: TARGETS.tbt_ms },
    { metric: `${r.name}_first_load_js_kb_gz`, op: '<=', value: TARGETS.first_load_js_kb_gz },
  ]);
  const missed = targets.filter((t) => {
    const v = metrics[t.metric];
    return v === undefined || Number.isNaN(v) || v > t.value;
  });
  const result = {
    name: 'pages',
    when: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cpus: os.cpus().length,
      node: process.version,
      browser: browser?.version() ?? 'unknown',
      // Browser, server and PostgreSQL share these cores with other work: LCP and TBT move with it.
      load_avg_1m_start: round(loadAtStart),
      load_avg_1m_end: round(os.loadavg()[0] ?? 0),
    },
    dataset: {
      runs_per_route: RUNS,
      viewport: '1350x940',
      routes: Object.fromEntries(ROUTES.map((r) => [r.name, r.url({ jobId: ':id' })])),
    },
    metrics,
    targets,
    ...(missed.length > 0 ? { missed: missed.map((t) => t.metric) } : {}),
  };
  saveResult('pages', result);
}
