/**
 * Carries a throttled sign-in from next-auth's `authorize` back to our route wrapper. next-auth
 * can only turn a thrown error into a redirect URL with the reason in it (and a 401); the
 * wrapper needs the wait to answer 429 with Retry-After instead. The wrapper runs next-auth
 * inside `runSignInAttempt`, and authorize notes the refusal in the same async context.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

interface SignInAttempt {
  retryAfterSeconds: number | null;
}

const storage = new AsyncLocalStorage<SignInAttempt>();

export async function runSignInAttempt<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; retryAfterSeconds: number | null }> {
  const attempt: SignInAttempt = { retryAfterSeconds: null };
  const result = await storage.run(attempt, fn);
  return { result, retryAfterSeconds: attempt.retryAfterSeconds };
}

export function noteSignInRefused(retryAfterSeconds: number): void {
  const attempt = storage.getStore();
  if (attempt) attempt.retryAfterSeconds = Math.max(attempt.retryAfterSeconds ?? 0, retryAfterSeconds);
}
