/**
 * TOTP (RFC 6238) through otplib: HMAC-SHA1, 30-second steps, 6 digits, a code from the step
 * before or after also accepted for clock drift. Replay is refused by time step: the caller keeps
 * the last accepted step and passes it back.
 */
import { generateSecret, generateSync, generateURI, ScureBase32Plugin, verifySync } from 'otplib';

export const TOTP = { STEP_SECONDS: 30, DIGITS: 6, DRIFT_STEPS: 1 } as const;

const base32 = new ScureBase32Plugin();

/** Random bytes as unpadded base32 (recovery codes). */
export const base32Encode = (bytes: Uint8Array): string => base32.encode(bytes, { padding: false });

/** A new 160-bit secret (RFC 4226 recommends 160 bits for SHA-1), base32. */
export const generateTotpSecret = (): string => generateSecret({ length: 20 });

export const totpStep = (at: Date): number => Math.floor(at.getTime() / 1000 / TOTP.STEP_SECONDS);

const epochOf = (at: Date) => Math.floor(at.getTime() / 1000);

export const totpCode = (secret: string, at: Date): string => generateSync({ secret, epoch: epochOf(at) });

/**
 * The time step a code belongs to, within ±DRIFT_STEPS of `at`, or null. Steps at or before
 * `lastUsedStep` are refused: a code already accepted (or an older one) cannot be replayed.
 */
export function matchTotpStep(secret: string, code: string, at: Date, lastUsedStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const result = verifySync({
      secret,
      token: code,
      epoch: epochOf(at),
      epochTolerance: TOTP.STEP_SECONDS * TOTP.DRIFT_STEPS,
      ...(lastUsedStep === null ? {} : { afterTimeStep: lastUsedStep }),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    // A secret that does not decode cannot match any code.
    return null;
  }
}

/** What an authenticator app reads (Key Uri Format), as a link and as the enrolment QR code. */
export function otpauthUri(secret: string, account: string, issuer = 'GiveMeJobs'): string {
  return generateURI({ issuer, label: account, secret });
}
