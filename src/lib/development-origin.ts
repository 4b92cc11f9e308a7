/**
 * Where `next dev` serves, for what must name the app's own address when NEXTAUTH_URL is unset:
 * next-auth's redirects (sign-out) and the links in mail otherwise fall back to
 * http://localhost:3000, a dead page for a server started with PORT=3300. next.config.ts sets
 * NEXTAUTH_URL from it in the development phase only; production names its URL itself.
 * `env.PORT` is the port Next actually listens on (it writes it back before loading the config).
 * Setups that take the address from the request (VERCEL, AUTH_TRUST_HOST) are left to it.
 */
export function developmentOrigin(env: {
  NEXTAUTH_URL?: string;
  PORT?: string;
  VERCEL?: string;
  AUTH_TRUST_HOST?: string;
  __NEXT_EXPERIMENTAL_HTTPS?: string;
}): string | null {
  if (env.NEXTAUTH_URL || env.VERCEL || env.AUTH_TRUST_HOST) return null;
  const port = Number(env.PORT ?? '3000');
  const protocol = env.__NEXT_EXPERIMENTAL_HTTPS ? 'https' : 'http';
  return Number.isInteger(port) && port > 0 && port < 65_536 ? `${protocol}://localhost:${port}` : null;
}
