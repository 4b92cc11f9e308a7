import { sql } from 'drizzle-orm';
import { getDatabase } from '@/server/db';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability, for load balancers and the e2e runner. */
export async function GET() {
  try {
    const { db, mode } = await getDatabase();
    await db.execute(sql`SELECT 1`);
    return Response.json({ ok: true, database: mode });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
