import type { UserRole } from '@/lib/validators/enums';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: UserRole; name?: string | null; email?: string | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: UserRole;
    /** users.session_version when the token was issued (auth/session-token.ts). */
    sv?: number;
  }
}
