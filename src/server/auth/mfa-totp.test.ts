import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  generateTotpSecret,
  hotp,
  matchTotpStep,
  otpauthUri,
  totpCode,
  totpStep,
} from './mfa-totp';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890"; 8-digit codes.
const RFC_KEY = Buffer.from('12345678901234567890', 'ascii');
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP', () => {
  it.each(RFC_VECTORS)('matches RFC 6238 at T=%i (SHA-1)', (seconds, expected) => {
    expect(hotp(RFC_KEY, Math.floor(seconds / 30), 8)).toBe(expected);
  });

  it('matches RFC 4226 appendix D HOTP values', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expect(expected.map((_, i) => hotp(RFC_KEY, i))).toEqual(expected);
  });

  it('round-trips base32 (RFC 4648 vectors) and makes 160-bit secrets', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI======').toString()).toBe('foobar');
    expect(base32Decode('mzxw 6ytb-oi').toString()).toBe('foobar');
    expect(() => base32Decode('M1')).toThrow();
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
  });

  it('accepts the current step and one either side, nothing further', () => {
    const secret = base32Encode(RFC_KEY);
    const at = new Date(1111111111 * 1000);
    const step = totpStep(at);
    const codeAt = (s: number) => hotp(RFC_KEY, s);
    expect(totpCode(secret, at)).toBe(codeAt(step));
    expect(matchTotpStep(secret, codeAt(step), at, null)).toBe(step);
    expect(matchTotpStep(secret, codeAt(step - 1), at, null)).toBe(step - 1);
    expect(matchTotpStep(secret, codeAt(step + 1), at, null)).toBe(step + 1);
    expect(matchTotpStep(secret, codeAt(step - 2), at, null)).toBeNull();
    expect(matchTotpStep(secret, codeAt(step + 2), at, null)).toBeNull();
    expect(matchTotpStep(secret, '12345', at, null)).toBeNull();
    expect(matchTotpStep(secret, 'abcdef', at, null)).toBeNull();
  });

  it('refuses a code of a step already used, and older ones (replay)', () => {
    const secret = base32Encode(RFC_KEY);
    const at = new Date(1234567890 * 1000);
    const step = totpStep(at);
    const code = hotp(RFC_KEY, step);
    expect(matchTotpStep(secret, code, at, step)).toBeNull();
    expect(matchTotpStep(secret, hotp(RFC_KEY, step - 1), at, step)).toBeNull();
    // The next step's code is still good after this one was used.
    expect(matchTotpStep(secret, hotp(RFC_KEY, step + 1), at, step)).toBe(step + 1);
  });

  it('builds an otpauth:// URI authenticator apps read', () => {
    const uri = new URL(otpauthUri('JBSWY3DPEHPK3PXP', 'jo@example.com'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/GiveMeJobs:jo@example.com');
    expect(uri.searchParams.get('secret')).toBe('JBSWY3DPEHPK3PXP');
    expect(uri.searchParams.get('issuer')).toBe('GiveMeJobs');
  });
});
