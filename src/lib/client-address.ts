/**
 * A session's or sign-in's address as a person reads it: loopback ("::1", "127.0.0.1", which a
 * self-hosted instance sees for every local browser) as "this computer", and an IPv4 address that
 * the server's dual-stack socket reports in IPv6 form ("::ffff:203.0.113.7") as plain IPv4.
 */
export function clientAddressLabel(address: string): string {
  const v4 = address.replace(/^::ffff:/i, '');
  if (v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4)) return 'this computer';
  return v4;
}
