import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { Mailer } from '@/server/adapters/mail';
import type { RateLimiter } from '@/server/adapters/rate-limit';
import type { DbOrTx } from '@/server/db';
import { env } from '@/env';
import { logger } from '@/server/logger';
import { databaseUnavailable, findDatabaseOutage, isDatabaseOutage } from '@/server/services/health/database-outage';
import { clientAddressFrom, headerReader } from '@/server/services/security/client-address';
import { endSessionsOfLiveToken } from '@/server/services/users/end-sessions';
import { recordSession } from '@/server/services/account/sessions';
import {
  MFA_INVALID_SIGN_IN,
  MFA_REQUIRED_SIGN_IN,
  RATE_LIMITED_SIGN_IN,
  signInWithLimits,
} from '@/server/services/users/sign-in';
import type { VerifiedUser } from '@/server/services/users/verify-credentials';
import { noteSignInRefused } from './sign-in-attempt';
import { noteSessionCheckOutage } from './session-outage';
import { claimsFor, liveSessionUser, SessionRevokedError, tokenVersion } from './session-token';

export interface AuthDeps {
  secret: string;
  db: () => Promise<DbOrTx>;
  limiter: () => RateLimiter;
  mailer: () => Mailer;
  appUrl: string;
}

/** The options for next-auth, built from their dependencies so that tests run them on a test database. */
export function buildAuthOptions(deps: AuthDeps): NextAuthOptions {
  return {
    secret: deps.secret,
    session: { strategy: 'jwt', maxAge: 60 * 60 * 24 * 7 },
    pages: { signIn: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
          code: { label: 'Authentication code', type: 'text' },
        },
        async authorize(credentials, req) {
          const address = clientAddressFrom(headerReader(req.headers));
          const outcome = await signInWithLimits(await deps.db(), deps.limiter(), credentials, address, {
            mailer: deps.mailer(),
            appUrl: deps.appUrl,
          });
          if (outcome.ok) {
            const sessionId = await recordSession(await deps.db(), {
              userId: outcome.user.id,
              sessionVersion: outcome.user.sessionVersion,
              userAgent: headerReader(req.headers).get('user-agent'),
              clientAddress: address,
            });
            return { ...outcome.user, sessionId };
          }
          // The form reads these from the `error` of next-auth's answer and asks for a code.
          if (outcome.reason === 'mfa_required') throw new Error(MFA_REQUIRED_SIGN_IN);
          if (outcome.reason === 'mfa_invalid') throw new Error(MFA_INVALID_SIGN_IN);
          if (outcome.reason === 'rate_limited') {
            // The route wrapper turns this into 429 + Retry-After (sign-in-attempt.ts).
            noteSignInRefused(outcome.retryAfterSeconds);
            throw new Error(RATE_LIMITED_SIGN_IN);
          }
          return null; // next-auth: "wrong email or password"
        },
      }),
    ],
    callbacks: {
      // Runs on sign-in (with `user`) and on every later use of the token: each use re-checks the
      // user, so revoked sessions end at once (session-token.ts).
      async jwt({ token, user }) {
        if (user) return { ...token, ...claimsFor(user as VerifiedUser & { sessionId?: string }) };
        let live;
        try {
          live = await liveSessionUser(await deps.db(), token);
        } catch (err) {
          // An outage says nothing about the token: rethrown as such, it must not end the session.
          if (!isDatabaseOutage(err)) throw err;
          noteSessionCheckOutage();
          throw databaseUnavailable(err);
        }
        if (!live) throw new SessionRevokedError();
        return { ...token, role: live.role };
      },
      session({ session, token }) {
        if (token.sub && token.role) {
          session.user = { id: token.sub, role: token.role, name: session.user?.name, email: session.user?.email };
          if (token.sid) session.sessionId = token.sid;
        }
        return session;
      },
    },
    events: {
      // Signing out ends every session of the user, the copied ones included.
      async signOut({ token }) {
        if (typeof token?.sub === 'string')
          await endSessionsOfLiveToken(await deps.db(), token.sub, tokenVersion(token));
      },
    },
    logger: {
      error(code, metadata) {
        // A revoked token is the expected end of a session, not an error worth an alert.
        if (metadata instanceof SessionRevokedError) return;
        if (isDatabaseOutage(metadata)) {
          logger.warn({ code, outage: findDatabaseOutage(metadata) }, 'session check: database unavailable');
          return;
        }
        logger.error({ code, err: metadata }, 'next-auth error');
      },
      warn(code) {
        // Outside production next.config.ts names the dev server's own address (development-origin.ts)
        // or next-auth falls back to its default: a missing NEXTAUTH_URL there is not worth a warning.
        if (code === 'NEXTAUTH_URL' && env.NODE_ENV !== 'production') return;
        logger.warn({ code }, 'next-auth warning');
      },
      debug() {},
    },
  };
}
