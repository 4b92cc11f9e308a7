/**
 * A new user's resume import, exactly as the product's pages do it: `users.signUp` ->
 * `profile.readResume` with the resume text -> the import form's default draft (draftToRows /
 * rowsToCommit) -> `profile.commitResumeImport`. Shared by the matching evaluation and the
 * matching benchmark, so both measure profiles the product really stores.
 *
 * When a commit is refused (a field the validator rejects), the rows it names are unticked and the
 * commit retried, as a user who does not fix anything would do; the rows lost that way are counted.
 */
import { draftToRows, rowsToCommit, type DraftRows } from '@/app/profile/import/draft-rows';
import { memoryRateLimiter } from '@/server/adapters/rate-limit';
import { createCaller } from '@/server/api/root';
import { createTRPCContext } from '@/server/api/trpc';
import { eq } from 'drizzle-orm';
import type { Database } from '@/server/db';
import { users } from '@/server/db/schema';

export function seekerCaller(db: Database, user?: { id: string }) {
  return createCaller(
    createTRPCContext({
      db,
      session: user ? { user: { id: user.id, role: 'seeker' } } : null,
      clientIp: null,
      rateLimiter: memoryRateLimiter(),
    }),
  );
}

export type SeekerCaller = ReturnType<typeof seekerCaller>;

/** Unticks the rows a refused commit names ("experience.2.startDate" -> role 2). */
function untickNamed(rows: DraftRows, rowOf: Record<string, number[]>, paths: string[]): number {
  let dropped = 0;
  for (const p of paths) {
    const [list, index] = p.split('.');
    const row = rowOf[list ?? '']?.[Number(index)];
    const target = (rows as unknown as Record<string, { include: boolean }[]>)[list ?? '']?.[row ?? -1];
    if (target?.include) {
      target.include = false;
      dropped++;
    }
  }
  return dropped;
}

function zodPaths(error: unknown): string[] {
  const data = (error as { data?: { zodError?: { fieldErrors?: Record<string, unknown> } } }).data;
  const issues = (error as { cause?: { issues?: { path: (string | number)[] }[] } }).cause?.issues;
  if (issues) return issues.map((i) => i.path.join('.'));
  return Object.keys(data?.zodError?.fieldErrors ?? {});
}

export interface ImportedUser {
  userId: string;
  caller: SeekerCaller;
  rolesFound: number;
  rolesSaved: number;
  rowsDropped: number;
  refusedFields: string[];
}

/** Signs up `email` and imports `text` with the form's defaults. Workflows are left to the caller. */
export async function importAsNewUser(
  db: Database,
  email: string,
  lastName: string,
  text: string,
): Promise<ImportedUser> {
  const account = await seekerCaller(db).users.signUp({
    email,
    password: 'Evaluation!2026x',
    firstName: 'Eval',
    lastName,
  });
  // Sign-up answers the same for any address (no account ids): the new row is found by its email.
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, account.email)).limit(1);
  if (!row) throw new Error(`sign-up of ${account.email} made no account`);
  const caller = seekerCaller(db, { id: row.id });
  const draft = await caller.profile.readResume({ text });
  const rows = draftToRows(draft);
  let rowsDropped = 0;
  const refusedFields: string[] = [];
  let committed: Awaited<ReturnType<typeof caller.profile.commitResumeImport>> | null = null;
  for (let attempt = 0; attempt < 5 && !committed; attempt++) {
    const { input, rowOf } = rowsToCommit(rows);
    try {
      committed = await caller.profile.commitResumeImport(input);
    } catch (error) {
      const paths = zodPaths(error);
      refusedFields.push(...paths);
      const dropped = untickNamed(rows, rowOf, paths);
      if (dropped === 0) throw error;
      rowsDropped += dropped;
    }
  }
  return {
    userId: row.id,
    caller,
    rolesFound: draft.experience.length,
    rolesSaved: committed?.added.experience ?? 0,
    rowsDropped,
    refusedFields,
  };
}
