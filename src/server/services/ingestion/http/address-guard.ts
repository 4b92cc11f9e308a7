/**
 * SSRF guard: ingestion fetches URLs that admins and seekers type, so a URL must never reach the
 * machine itself, the private network or a cloud metadata service. Every address a host resolves
 * to is checked (one private answer is enough to refuse: DNS may rotate), before the first request
 * and on every redirect hop, and the connection itself is pinned to a checked address through the
 * socket's lookup (guardedLookup), so a name that re-resolves between check and connect (DNS
 * rebinding) is refused too.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { IngestionHttpError } from './ingestion-http-error';

// Two lists: a BlockList also matches IPv4 addresses against an IPv6 ::ffff:0:0/96 rule.
const blockedV4 = new BlockList();
const blockedV6 = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  blockedV4.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 96], // unspecified, loopback, IPv4-compatible
  ['::ffff:0:0', 96], // IPv4-mapped: ::ffff:127.0.0.1 is 127.0.0.1
  ['64:ff9b::', 96], // NAT64 embeds an IPv4 address
  ['64:ff9b:1::', 48],
  ['100::', 64], // discard
  ['2001::', 32], // Teredo embeds an IPv4 address
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4 embeds an IPv4 address
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const)
  blockedV6.addSubnet(net, prefix, 'ipv6');

/** True for an address on the public internet; false for private, loopback, link-local and the rest. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return family === 4 ? !blockedV4.check(address, 'ipv4') : !blockedV6.check(address, 'ipv6');
}

/**
 * Which private destinations a caller lets through: none (production), all (a local e2e run), or
 * only the listed "host:port" pairs (tests: their own server, so a redirect elsewhere still fails).
 */
export type PrivateHostPolicy = boolean | readonly string[];

/** Reads the INGESTION_ALLOW_PRIVATE_HOSTS value: "1"/"true" -> all, "127.0.0.1:4010,..." -> those. */
export function parsePrivateHostPolicy(value: string | undefined): PrivateHostPolicy {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text === 'false') return false;
  if (text === '1' || text === 'true') return true;
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function privateAllowed(policy: PrivateHostPolicy, hostname: string, port: string): boolean {
  if (policy === true) return true;
  if (policy === false) return false;
  return policy.includes(`${hostname}:${port}`);
}

export function defaultPort(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

/** The hostname as an address or name: "[::1]" -> "::1". */
export function bareHostname(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

function resolveAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    );
  });
}

/**
 * Refuses a URL that is not http(s), carries credentials, or whose host resolves (even partly) to
 * a non-public address that the policy does not allow. Returns the checked addresses.
 */
export async function assertPublicUrl(url: URL, policy: PrivateHostPolicy): Promise<string[]> {
  const href = url.href;
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new IngestionHttpError('refused_address', `Only http and https URLs are fetched, not ${url.protocol}`, {
      url: href,
    });
  if (url.username || url.password)
    throw new IngestionHttpError('refused_address', 'URLs with credentials are not fetched', { url: href });
  const hostname = bareHostname(url);
  let addresses: string[];
  if (isIP(hostname)) addresses = [hostname];
  else {
    try {
      addresses = (await resolveAll(hostname)).map((a) => a.address);
    } catch (cause) {
      throw new IngestionHttpError('network', `Could not resolve ${hostname}`, { url: href, cause });
    }
  }
  if (addresses.length === 0) throw new IngestionHttpError('network', `${hostname} has no address`, { url: href });
  const refused = addresses.find((a) => !isPublicAddress(a));
  if (refused && !privateAllowed(policy, hostname, defaultPort(url)))
    throw new IngestionHttpError('refused_address', `${hostname} resolves to a non-public address (${refused})`, {
      url: href,
    });
  return addresses;
}

/**
 * A socket lookup that answers only checked addresses: Node calls it when it connects, so the
 * address connected to is one this module accepted, whatever DNS says a moment later.
 */
export function guardedLookup(policy: PrivateHostPolicy, port: string): LookupFunction {
  return (hostname, options, callback) => {
    resolveAll(hostname).then(
      (found) => {
        const family = options.family === 4 || options.family === 6 ? options.family : undefined;
        const usable = found.filter((a) => !family || a.family === family);
        const bad = usable.find((a) => !isPublicAddress(a.address));
        if (usable.length === 0) {
          callback(Object.assign(new Error(`${hostname} has no usable address`), { code: 'ENOTFOUND' }), '', 4);
          return;
        }
        if (bad && !privateAllowed(policy, hostname, port)) {
          callback(
            Object.assign(new Error(`${hostname} resolved to ${bad.address}`), { code: 'EREFUSEDADDRESS' }),
            '',
            4,
          );
          return;
        }
        const first = usable[0]!;
        if (options.all) callback(null, usable);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 4),
    );
  };
}
