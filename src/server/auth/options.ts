import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { USER_ROLES, type UserRole } from '@/lib/validators/enums';
import { getDatabase } from '@/server/db';
import { verifyCredentials } from '@/server/services/users/verify-credentials';
import { getAuthSecret } from './secret';

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
      async authorize(credentials) {
        const { db } = await getDatabase();
        return verifyCredentials(db, credentials);
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
