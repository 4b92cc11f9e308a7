/**
 * Where `next dev` serves, for what must name the app's own address when NEXTAUTH_URL is unset:
 * next-auth's redirects (sign-out) and the links in mail otherwise fall back to
 * http://localhost:3000, a dead page for a server started with PORT=3300. next.config.ts sets
 * NEXTAUTH_URL from it in the development phase only; production names its URL itself.
 * `env.PORT` is the port Next actually listens on (it writes it back before loading the config).
 */
export function developmentOrigin(env: { NEXTAUTH_URL?: string; PORT?: string }): string | null {
  if (env.NEXTAUTH_URL) return null;
  const port = Number(env.PORT ?? '3000');
  return Number.isInteger(port) && port > 0 && port < 65_536 ? `http://localhost:${port}` : null;
}
