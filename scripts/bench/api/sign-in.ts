/**
 * Signs a user in over HTTP, as the sign-in form does (next-auth's CSRF token, then the
 * credentials callback), and returns the Cookie header a signed-in browser would send.
 */
import { DEMO_USERS } from '@/server/services/seed/users';

const cookiesOf = (res: Response): string[] => res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');

export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; '), origin },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith('next-auth.session-token'));
  if (!session) throw new Error(`sign-in of ${email} failed: HTTP ${res.status}`);
  return [...jar, session].join('; ');
}

export const signInSeeker = (origin: string) => signIn(origin, DEMO_USERS.seeker.email, DEMO_USERS.seeker.password);
