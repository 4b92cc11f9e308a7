import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id baseline: 46 MiB memory, 1 iteration, 1 lane. */
const ARGON2_OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 47104, timeCost: 1, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must not reveal anything: treat it as a mismatch.
    return false;
  }
}

/** Verified against when the email is unknown, so both paths take the same time. */
let dummyHash: Promise<string> | undefined;
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('dummy-Password-1!');
  return dummyHash;
}
