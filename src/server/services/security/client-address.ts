/**
 * The client's network address, for rate limits and sign-in throttles.
 *
 * X-Forwarded-For is whatever the client wrote unless a proxy we trust rewrote it, and `next
 * start` does not help: base-server.js sets it from the socket with `??=`, i.e. only when the
 * client sent none — so a client that sends its own is believed. App Router handlers never see
 * the socket (the web Request has no address, and Next's request meta carries none).
 *
 * So the Node server stamps the socket address itself: `stampPeerAddresses()` (called from
 * instrumentation.ts) subscribes to Node's `http.server.request.start` diagnostics channel,
 * which fires for every request before Next's handler, and writes the socket's address into a
 * header whose name is random per process. A client cannot forge a header it cannot name, even
 * on a request that raced the subscription at boot. (A supported Node hook, not a patched Next.)
 *
 * Which address is the client's then follows the deployment (env):
 * - VERCEL: Vercel's edge overwrites x-real-ip / x-vercel-forwarded-for with the address it saw.
 * - TRUSTED_PROXY_COUNT = n > 0: each of the n proxies appended the address it received from,
 *   so of [...X-Forwarded-For, socket] the client is the n-th from the right; entries further
 *   left were written by the client and are ignored.
 * - 0 (default): the socket address; X-Forwarded-For is ignored.
 * Null when nothing trustworthy is known; limits then use a shared bucket (UNKNOWN_ADDRESS), never none.
 */
import { randomBytes } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { isIP, type Socket } from 'node:net';
import { env } from '@/env';

export interface HeaderReader {
  get(name: string): string | null;
}

/** The bucket of requests whose address is unknown: shared, so unknown is never unlimited. */
export const UNKNOWN_ADDRESS = 'unknown';

const globalForPeer = globalThis as unknown as { __gmjPeerHeader?: string; __gmjPeerStamping?: boolean };

/** Random per process, shared by the instrumentation bundle and the route bundles via globalThis. */
export function peerAddressHeader(): string {
  globalForPeer.__gmjPeerHeader ??= `x-gmj-peer-${randomBytes(12).toString('hex')}`;
  return globalForPeer.__gmjPeerHeader;
}

/** Installs the socket-address stamp once per process (Node runtime only). */
export function stampPeerAddresses(): void {
  if (globalForPeer.__gmjPeerStamping) return;
  globalForPeer.__gmjPeerStamping = true;
  const header = peerAddressHeader();
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    if (socket.remoteAddress) request.headers[header] = socket.remoteAddress;
  });
}

/** A canonical textual address, or null for anything that is not one ("::ffff:1.2.3.4" -> "1.2.3.4"). */
export function normalizeAddress(raw: string | null | undefined): string | null {
  let ip = raw?.trim();
  if (!ip) return null;
  if (ip.startsWith('[') && ip.includes(']')) ip = ip.slice(1, ip.indexOf(']')); // "[::1]:1234"
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) ip = mapped[1];
  return isIP(ip) ? ip.toLowerCase() : null;
}

export interface AddressTrust {
  trustedProxyCount: number;
  vercel: boolean;
}

const fromEnv = (): AddressTrust => ({ trustedProxyCount: env.TRUSTED_PROXY_COUNT, vercel: env.VERCEL });

export function clientAddressFrom(headers: HeaderReader, trust: AddressTrust = fromEnv()): string | null {
  if (trust.vercel) {
    return (
      normalizeAddress(headers.get('x-real-ip')) ??
      normalizeAddress(headers.get('x-vercel-forwarded-for')?.split(',')[0])
    );
  }
  const socket = normalizeAddress(headers.get(peerAddressHeader()));
  if (trust.trustedProxyCount === 0) return socket;
  if (!socket) return null; // not stamped: the chain cannot be anchored to anything we saw
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim());
  const chain = [...forwarded.filter(Boolean), socket];
  // More proxies configured than entries: the leftmost is as far as the trusted chain reaches.
  return normalizeAddress(chain[Math.max(0, chain.length - 1 - trust.trustedProxyCount)]);
}

/** Reads a header from next-auth's plain header object (authorize's `req.headers`). */
export const headerReader = (record: Record<string, unknown> | undefined): HeaderReader => ({
  get(name) {
    const v = record?.[name];
    return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : null;
  },
});
