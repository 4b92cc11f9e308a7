/**
 * The processes the API benchmark drives: the production build under `next start`, and a raw
 * Node http server answering a constant (the machine's ceiling). Each runs in its own process,
 * so the load generator (this process) does not share their event loop.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');

export function buildApp(log: (m: string) => void): void {
  log('next build…');
  const started = performance.now();
  const built = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`next build failed (exit ${built.status})`);
  log(`built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

export const hasBuild = () => existsSync(path.join(ROOT, '.next/BUILD_ID'));

export interface Server {
  origin: string;
  stop(): Promise<void>;
}

async function waitForAnswer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      // A child ended by a signal has signalCode set and exitCode null: a second stop() (the
      // finally after an explicit one) would otherwise wait for an exit that already happened,
      // and the script ended with an unsettled top-level await (exit code 13).
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/** `next start` (node on the next binary: killing an `npx` wrapper would leave next-server running). */
export async function startNext(port: number, env: Record<string, string>, nodeArgs: string[] = []): Promise<Server> {
  const child = spawn(process.execPath, [...nodeArgs, NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'production', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForAnswer(`${origin}/api/health`, child, 120_000);
  return { origin, stop: stopper(child) };
}

const RAW_SERVER = `
const body = JSON.stringify({ ok: true });
require('node:http')
  .createServer((req, res) => { res.setHeader('content-type', 'application/json'); res.end(body); })
  .listen(Number(process.argv[1]), '127.0.0.1');
`;

export async function startRawHttp(port: number): Promise<Server> {
  const child = spawn(process.execPath, ['-e', RAW_SERVER, String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  await waitForAnswer(origin, child, 10_000);
  return { origin, stop: stopper(child) };
}

/**
 * Waits until the server's vector index answers (/api/ready). The in-process index is built (or
 * loaded from its snapshot) inside the server on first use; measuring meanwhile would measure the
 * build, which holds the process's CPU, on every route.
 */
export async function waitForVectorIndex(origin: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const text = await (await fetch(`${origin}/api/ready`)).text();
    if (/"vectors":\{"status":"up"/.test(text)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`vector index not ready after ${timeoutMs} ms: ${text}`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}
