import NextAuth from 'next-auth';
import { withSignInThrottle } from '@/server/auth/credentials-route';
import { authOptions } from '@/server/auth/options';
import { getDatabase } from '@/server/db';

const nextAuth = NextAuth(authOptions) as (req: Request, ctx: unknown) => Promise<Response>;

// A throttled password sign-in answers 429 + Retry-After (credentials-route.ts).
const handler = withSignInThrottle(nextAuth, { db: async () => (await getDatabase()).db });

export { handler as GET, handler as POST };
