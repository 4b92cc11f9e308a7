import { getCsrfToken } from 'next-auth/react';

export type CredentialsResult =
  | { ok: true }
  | { ok: false; reason: 'invalid' }
  /** Right password; two-step sign-in is on: ask for the code and post again with it. */
  | { ok: false; reason: 'mfa_required' }
  | { ok: false; reason: 'mfa_invalid' }
  | { ok: false; reason: 'throttled'; message: string; retryAfterSeconds: number };

/**
 * next-auth's credentials sign-in, posted by hand instead of with `signIn()` from next-auth/react:
 * that helper drops the response's headers and body, and a throttled sign-in (429) carries its
 * wait in Retry-After and its message in the body (server/auth/credentials-route.ts).
 */
export async function postCredentials(email: string, password: string, code?: string): Promise<CredentialsResult> {
  const res = await fetch('/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      email,
      password,
      ...(code ? { code } : {}),
      csrfToken: (await getCsrfToken()) ?? '',
      json: 'true',
    }),
  });
  if (res.status === 429) {
    const retryAfterSeconds = Number(res.headers.get('retry-after')) || 60;
    const body = (await res.json().catch(() => null)) as { message?: unknown } | null;
    const message = typeof body?.message === 'string' ? body.message : 'Too many sign-in attempts. Try again later.';
    return { ok: false, reason: 'throttled', message, retryAfterSeconds };
  }
  // next-auth answers 200 with the callback URL on success, 401 with an error URL otherwise.
  const body = (await res.json().catch(() => null)) as { url?: unknown } | null;
  const url = typeof body?.url === 'string' ? body.url : '';
  const error = new URL(url || '/', window.location.origin).searchParams.get('error');
  if (res.ok && !error) return { ok: true };
  if (error === 'MFA_REQUIRED') return { ok: false, reason: 'mfa_required' };
  if (error === 'MFA_INVALID') return { ok: false, reason: 'mfa_invalid' };
  return { ok: false, reason: 'invalid' };
}
