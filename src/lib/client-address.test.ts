import { describe, expect, it } from 'vitest';
import { clientAddressLabel } from './client-address';

describe('clientAddressLabel', () => {
  it('names a loopback address in words: "::1" told a seeker nothing', () => {
    expect(clientAddressLabel('::1')).toBe('this computer');
    expect(clientAddressLabel('127.0.0.1')).toBe('this computer');
    expect(clientAddressLabel('::ffff:127.0.0.1')).toBe('this computer');
  });

  it('shows an IPv4 address mapped into IPv6 as the IPv4 address it is', () => {
    expect(clientAddressLabel('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('leaves any other address as it is', () => {
    expect(clientAddressLabel('203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddressLabel('2001:db8::1')).toBe('2001:db8::1');
  });
});
