/**
 * The connector tests' shared setup: a local server that replays recorded board payloads
 * (../shared/data/ats-payloads, read in place: not ours to ship) and fixtures written from each
 * API's documented shape (tests/fixtures/ats), and a run of a connector against it through the
 * real guarded HTTP client.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createIngestionHttp, createIngestionPolicies } from '@/server/services/ingestion/http';
import { getConnector } from '@/server/services/ingestion/connectors';
import { rawPosting, type SourceType } from '@/server/services/ingestion/normalized-posting';
import { startReplayServer, type ReplayServer } from '../fixtures/ats/replay-server';
import { sharedData } from './shared-data';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'ats');

/** A recorded board payload, parsed. */
export const recorded = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(sharedData('ats-payloads'), name), 'utf8'));

/** A fixture file's text. */
export const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

export type Json = Record<string, unknown>;

/** Every posting passes the raw posting validator. */
export function expectValid(postings: unknown[]) {
  for (const p of postings) expect(rawPosting.safeParse(p).success).toBe(true);
}

/**
 * One replay server for the calling test file: started before its tests, closed after them.
 * `server` reads through to it, so tests use it as they would the server itself; `run` fetches a
 * board through a connector pointed at it.
 */
export function useConnectorReplay() {
  let current: ReplayServer | undefined;
  beforeAll(async () => {
    current = await startReplayServer();
  });
  afterAll(() => current?.close());
  const live = (): ReplayServer => {
    if (!current) throw new Error('The replay server is not running: use it inside a test.');
    return current;
  };
  const server: ReplayServer = {
    get origin() {
      return live().origin;
    },
    get port() {
      return live().port;
    },
    get hits() {
      return live().hits;
    },
    route: (routePath, handler) => live().route(routePath, handler),
    json: (routePath, body) => live().json(routePath, body),
    close: () => live().close(),
  };

  function run(type: SourceType, token: string) {
    const http = createIngestionHttp({
      source: `${type}:${token}`,
      policies: createIngestionPolicies(),
      allowPrivateHosts: [`127.0.0.1:${server.port}`],
      baseDelayMs: 5,
      maxAttempts: 2,
    });
    return getConnector(type, { baseUrl: server.origin }).fetch({ type, token }, http);
  }

  return { server, run };
}
