import type { UserRole } from '@/lib/validators/enums';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: UserRole; name?: string | null; email?: string | null };
    /** The user_sessions row of this sign-in (services/account/sessions.ts). */
    sessionId?: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: UserRole;
    /** users.session_version when the token was issued (auth/session-token.ts). */
    sv?: number;
    /** user_sessions.id of this sign-in; ending that session deletes the row and refuses the token. */
    sid?: string;
  }
}
