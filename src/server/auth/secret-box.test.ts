import { describe, expect, it } from 'vitest';
import { isSealed, seal, unseal } from './secret-box';

const SECRET = 'a'.repeat(48);
const ctx = { purpose: 'totp', boundTo: 'user-1' };

describe('secret box (AES-256-GCM, HKDF key)', () => {
  it('opens what it sealed, and never stores the plain text or the same bytes twice', () => {
    const a = seal('JBSWY3DPEHPK3PXP', ctx, SECRET);
    const b = seal('JBSWY3DPEHPK3PXP', ctx, SECRET);
    expect(isSealed(a)).toBe(true);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(b);
    expect(unseal(a, ctx, SECRET)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a value moved to another row, sealed for another purpose or secret, or altered', () => {
    const sealed = seal('JBSWY3DPEHPK3PXP', ctx, SECRET);
    expect(() => unseal(sealed, { ...ctx, boundTo: 'user-2' }, SECRET)).toThrow();
    expect(() => unseal(sealed, { ...ctx, purpose: 'other' }, SECRET)).toThrow();
    expect(() => unseal(sealed, ctx, 'b'.repeat(48))).toThrow();
    // Flip one bit in every byte in turn (iv, ciphertext and tag), on the decoded bytes: editing a
    // base64 character can leave the bytes as they were (it failed that way when the character
    // picked was already the replacement).
    const raw = Buffer.from(sealed.slice('v1.'.length), 'base64url');
    for (let i = 0; i < raw.length; i++) {
      const altered = Buffer.from(raw);
      altered[i] = altered[i]! ^ 0x01;
      expect(() => unseal(`v1.${altered.toString('base64url')}`, ctx, SECRET)).toThrow();
    }
    expect(() => unseal('JBSWY3DPEHPK3PXP', ctx, SECRET)).toThrow();
    expect(isSealed('JBSWY3DPEHPK3PXP')).toBe(false);
  });
});
