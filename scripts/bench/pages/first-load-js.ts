/**
 * First-load JavaScript of an app route, gzipped, from the production build's manifests: the
 * scripts every page loads (build-manifest.json's rootMainFiles) plus the route's own client
 * chunks (the entryJSFiles of its layouts and page, in the route's client reference manifest).
 * Chunks loaded later (next/dynamic, a lazy import) are not counted: that is what they are for.
 * Polyfills are left out (nomodule: modern browsers skip them).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

const NEXT_DIR = path.resolve(import.meta.dirname, '../../../.next');

function routeChunks(appRoute: string): string[] {
  // e.g. .next/server/app/jobs/[id]/page_client-reference-manifest.js, which assigns
  // globalThis.__RSC_MANIFEST["/jobs/[id]/page"] = { ..., entryJSFiles: { "[project]/src/app/layout": [...] } }
  const file = path.join(NEXT_DIR, 'server/app', `${appRoute}_client-reference-manifest.js`);
  if (!existsSync(file)) throw new Error(`no client reference manifest for ${appRoute} (${file})`);
  const sandbox = { __RSC_MANIFEST: {} as Record<string, { entryJSFiles?: Record<string, string[]> }> };
  // The manifest is a script assigning to globalThis: run it against a sandbox object.
  runInNewContext(readFileSync(file, 'utf8'), { globalThis: sandbox });
  const manifest = sandbox.__RSC_MANIFEST[appRoute];
  if (!manifest?.entryJSFiles) throw new Error(`no entryJSFiles for ${appRoute}`);
  return Object.values(manifest.entryJSFiles).flat();
}

function rootChunks(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(NEXT_DIR, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: string[];
  };
  return manifest.rootMainFiles ?? [];
}

/** KB (1024 bytes), gzipped at the default level, each distinct chunk once. */
export function firstLoadJsKb(appRoute: string): number {
  const files = new Set([...rootChunks(), ...routeChunks(appRoute)].filter((f) => f.endsWith('.js')));
  let bytes = 0;
  for (const f of files) bytes += gzipSync(readFileSync(path.join(NEXT_DIR, f.replace(/^\/?_next\//, '')))).length;
  return bytes / 1024;
}
