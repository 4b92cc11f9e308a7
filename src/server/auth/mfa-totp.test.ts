import { describe, expect, it } from 'vitest';
import { generateTotpSecret, matchTotpStep, otpauthUri, totpCode, totpStep } from './mfa-totp';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890" (base32 below).
// The RFC lists 8-digit codes; a 6-digit code is the same number mod 10^6, its last six digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
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
    expect(totpCode(RFC_SECRET, new Date(seconds * 1000))).toBe(expected.slice(-6));
  });

  it('makes 160-bit base32 secrets, a new one each time', () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(generateTotpSecret()).not.toBe(secret);
  });

  it('accepts the current step and one either side, nothing further', () => {
    const at = new Date(1111111111 * 1000);
    const step = totpStep(at);
    const codeAt = (s: number) => totpCode(RFC_SECRET, new Date(s * 30_000));
    expect(matchTotpStep(RFC_SECRET, codeAt(step), at, null)).toBe(step);
    expect(matchTotpStep(RFC_SECRET, codeAt(step - 1), at, null)).toBe(step - 1);
    expect(matchTotpStep(RFC_SECRET, codeAt(step + 1), at, null)).toBe(step + 1);
    expect(matchTotpStep(RFC_SECRET, codeAt(step - 2), at, null)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, codeAt(step + 2), at, null)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, '12345', at, null)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, 'abcdef', at, null)).toBeNull();
  });

  it('refuses a code of a step already used, and older ones (replay)', () => {
    const at = new Date(1234567890 * 1000);
    const step = totpStep(at);
    const codeAt = (s: number) => totpCode(RFC_SECRET, new Date(s * 30_000));
    expect(matchTotpStep(RFC_SECRET, codeAt(step), at, step)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, codeAt(step - 1), at, step)).toBeNull();
    // The next step's code is still good after this one was used.
    expect(matchTotpStep(RFC_SECRET, codeAt(step + 1), at, step)).toBe(step + 1);
  });

  it('answers null, not an error, for a secret that is not base32', () => {
    expect(matchTotpStep('not base32!', '123456', new Date(), null)).toBeNull();
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
