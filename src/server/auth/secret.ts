import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/env';

let cached: string | undefined;

/**
 * NEXTAUTH_SECRET, or a random one generated once into DATA_DIR so that a
 * machine with nothing configured keeps its sessions across restarts.
 * (Vercel is refused earlier in env.ts: its disk is not writable.)
 */
export function getAuthSecret(): string {
  if (cached) return cached;
  if (env.NEXTAUTH_SECRET) return (cached = env.NEXTAUTH_SECRET);
  const file = path.join(env.DATA_DIR, 'nextauth-secret');
  try {
    cached = readFileSync(file, 'utf8').trim();
    if (cached.length >= 32) return cached;
  } catch {
    // not generated yet
  }
  mkdirSync(env.DATA_DIR, { recursive: true });
  cached = randomBytes(48).toString('base64url');
  writeFileSync(file, cached, { mode: 0o600 });
  return cached;
}
