/**
 * jobs.source for a source row: '<type>:<token>' within the contract's 50 characters and character
 * set ('greenhouse:acme', 'jsonld:careers.example.com'). Aggregators without a token are '<type>'.
 */
import { createHash } from 'node:crypto';
import type { SourceType } from '../normalized-posting';

export function sourceKeyFor(type: SourceType, token: string): string {
  const cleaned = token
    .trim()
    .replace(/[^A-Za-z0-9._~-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!cleaned) return type;
  return `${type}:${cleaned.slice(0, 49 - type.length)}`;
}

/**
 * A jsonld source is one page: its host, plus a short hash of the whole URL when it has a path
 * ('jsonld:example.com~3f2a9c1d'). Keyed by host alone, a complete sync of /careers/berlin would
 * close the jobs read from /careers/paris.
 */
export function jsonLdSourceKey(pageUrl: string): string {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return 'jsonld';
  }
  const host = url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/[^A-Za-z0-9._~-]+/g, '-')
    .slice(0, 33);
  if ((url.pathname === '/' || url.pathname === '') && !url.search) return `jsonld:${host}`;
  return `jsonld:${host}~${createHash('sha256').update(url.href).digest('hex').slice(0, 8)}`;
}
