import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { USER_ROLES, type UserRole } from '@/lib/validators/enums';
import { getDatabase } from '@/server/db';
import { getRateLimiter } from '@/server/adapters/rate-limit';
import { clientIpFrom } from '@/server/services/security/rate-limits';
import { RATE_LIMITED_SIGN_IN, signInWithLimits } from '@/server/services/users/sign-in';
import { getAuthSecret } from './secret';

const headerValue = (v: unknown): string | null =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : null;

const isRole = (v: unknown): v is UserRole => typeof v === 'string' && (USER_ROLES as readonly string[]).includes(v);

export const authOptions: NextAuthOptions = {
  secret: getAuthSecret(),
  session: { strategy: 'jwt', maxAge: 60 * 60 * 24 * 7 },
  pages: { signIn: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials, req) {
        const { db } = await getDatabase();
        const headers = { get: (name: string) => headerValue(req.headers?.[name]) };
        const outcome = await signInWithLimits(db, getRateLimiter(), credentials, clientIpFrom(headers));
        if (outcome.ok) return outcome.user;
        // Thrown errors reach the form as `error`; a null return reads as "wrong password".
        if (outcome.reason === 'rate_limited') throw new Error(`${RATE_LIMITED_SIGN_IN}:${outcome.retryAfterSeconds}`);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = (user as { role?: unknown }).role as UserRole;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && isRole(token.role)) {
        session.user = { id: token.sub, role: token.role, name: session.user?.name, email: session.user?.email };
      }
      return session;
    },
  },
};
