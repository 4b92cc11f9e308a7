/**
 * A recruiter's stage move and the seeker's in-app notice of it are one write: when the notice
 * cannot be written, the move is not kept either.
 */
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applications, companyMembers, notifications } from '@/server/db/schema';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertCompany, insertJob } from './helpers/jobs';
import { rejection } from './helpers/rejection';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

describe.each(modes)('stage notices on %s', (mode) => {
  const tdb = useTestDatabase(mode);

  it('keeps a move and its notice together: when the notice cannot be written, the move is not kept', async () => {
    const { db } = tdb();
    const company = await insertCompany(db, `Notice Co ${mode} ${Date.now()}`);
    const rec = await signUpUser(db, { role: 'recruiter' });
    await db.insert(companyMembers).values({ companyId: company.id, userId: rec.id });
    const job = await insertJob(db, { title: 'Data Engineer', companyId: company.id });
    const other = await signUpUser(db);
    const [app] = await db
      .insert(applications)
      .values({ userId: other.id, jobId: job.id, status: 'applied', appliedAt: new Date() })
      .returning({ id: applications.id });
    // The notices table refuses this seeker's rows, as a full disk or a lost connection would.
    await db.execute(
      sql.raw(`CREATE FUNCTION refuse_notice() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.user_id = '${other.id}' THEN RAISE EXCEPTION 'notice refused'; END IF; RETURN NEW; END $$`),
    );
    await db.execute(
      sql.raw('CREATE TRIGGER refuse_notice BEFORE INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION refuse_notice()'),
    );
    try {
      await rejection(callerFor(db, rec).recruiter.moveApplicant({ applicationId: app!.id, to: 'interview_scheduled' }));
    } finally {
      await db.execute(sql.raw('DROP TRIGGER refuse_notice ON notifications'));
      await db.execute(sql.raw('DROP FUNCTION refuse_notice()'));
    }
    const [after] = await db.select().from(applications).where(eq(applications.id, app!.id));
    expect(after?.status).toBe('applied');
    // Once the notice can be written, the same move goes through with it.
    await callerFor(db, rec).recruiter.moveApplicant({ applicationId: app!.id, to: 'interview_scheduled' });
    const notes = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, other.id), eq(notifications.type, 'application_update')));
    expect(notes.map((n) => n.link)).toEqual([`/applications/${app!.id}`]);
  });
});
