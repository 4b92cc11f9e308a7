import type { UserRole } from '@/lib/validators/enums';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: UserRole; name?: string | null; email?: string | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: UserRole;
  }
}
