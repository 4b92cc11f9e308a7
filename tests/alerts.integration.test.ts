/**
 * Saved searches and job alerts on real databases: owner checks on the procedures; one digest
 * (notification + mail) per saved search and run for the new matching jobs, none when nothing is
 * new, also when a run is retried, crashes between its steps, or runs twice at once; the minimum
 * match score; the signed one-click unsubscribe; the notification centre's procedures.
 */
import { InngestTestEngine } from '@inngest/test';
import { type TRPCError } from '@trpc/server';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAVED_SEARCHES_MAX } from '@/lib/validators/alerts';
import { devMailboxMailer, type Mailer, type MailMessage } from '@/server/adapters/mail';
import type { Database } from '@/server/db';
import {
  alertDeliveries,
  alertDigests,
  companyMembers,
  devMailbox,
  notifications,
  savedSearches,
  users,
} from '@/server/db/schema';
import { deliverDigest } from '@/server/services/alerts/deliver-digest';
import { dueSavedSearchIds } from '@/server/services/alerts/due-saved-searches';
import { recordAlertRun } from '@/server/services/alerts/record-alert-run';
import { runSavedSearchAlert, type AlertRunDeps } from '@/server/services/alerts/run-saved-search-alert';
import { scoreJobsForSeeker } from '@/server/services/alerts/score-for-seeker';
import { unsubscribeResponse } from '@/server/services/alerts/unsubscribe-response';
import { signUnsubscribeToken } from '@/server/services/alerts/unsubscribe-token';
import { matchingContext } from '@/server/services/matching/matching-context';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { jobAlertsFunctionFor, runJobAlertsInProcess } from '~/inngest/functions/job-alerts';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertCompany, insertJob } from './helpers/jobs';
import { rejection } from './helpers/rejection';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();
const SECRET = 'alerts-test-secret-0123456789abcdef0123456789';
const APP = 'http://localhost:3390';
const HOUR = 3_600_000;

type User = Awaited<ReturnType<typeof signUpUser>>;

/** A user who followed the verification link: alert mail goes only to verified addresses. */
async function verifiedUser(db: Database, overrides: Parameters<typeof signUpUser>[1] = {}): Promise<User> {
  const user = await signUpUser(db, overrides);
  await db.update(users).set({ emailVerified: true, emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
  return user;
}

/** The real dev mailbox, with what was handed to it (headers included) kept for the assertions. */
function recordingMailer(db: Database, failures = 0) {
  const sent: MailMessage[] = [];
  const inner = devMailboxMailer(() => Promise.resolve(db));
  let failuresLeft = failures;
  const mailer: Mailer = {
    description: 'recording dev mailbox',
    async send(message) {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('SMTP connection lost');
      }
      await inner.send(message);
      sent.push(message);
    },
  };
  return { mailer, sent };
}

function depsFor(db: Database, mailer: Mailer): AlertRunDeps {
  return { db, mc: matchingContext(db), mailer, secret: SECRET, appUrl: APP };
}

describe.each(modes)('job alerts on %s', (mode) => {
  const database = useTestDatabase(mode);
  const db = () => database().db;
  let seeker: User;
  let other: User;
  let recruiter: User;

  /** Alert digests in the dev mailbox (sign-up may mail the user too). */
  async function mailTo(user: User) {
    const mail = await db().select().from(devMailbox).where(eq(devMailbox.to, user.email));
    return mail.filter((m) => / new jobs? for "/.test(m.subject));
  }
  async function alertsOf(user: User) {
    return db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, user.id), eq(notifications.type, 'job_alert')));
  }
  /** A search whose jobs only this test creates (a word no other job has). */
  async function saveSearch(user: User, word: string, extra: Record<string, unknown> = {}) {
    return callerFor(db(), user).alerts.create({
      name: `${word} jobs`,
      criteria: { keywords: word },
      frequency: 'daily',
      ...extra,
    });
  }
  const job = (word: string, title = `${word} Engineer`, extra: Parameters<typeof insertJob>[1] = {}) =>
    insertJob(db(), { title, description: `Work on ${word} every day.`, ...extra });

  beforeAll(async () => {
    seeker = await verifiedUser(db(), { firstName: 'Alma' });
    other = await verifiedUser(db(), { firstName: 'Bert' });
    recruiter = await verifiedUser(db(), { role: 'recruiter' });
    const company = await insertCompany(db(), `Alerts Co ${mode} ${Date.now()}`);
    await db().insert(companyMembers).values({ companyId: company.id, userId: recruiter.id });
    await drainWorkflows();
  }, 60_000);

  describe('saved searches (owner only)', () => {
    it('creates, lists, updates and deletes the caller’s own searches; another user gets NOT_FOUND', async () => {
      const mine = callerFor(db(), seeker);
      const created = await mine.alerts.create({
        name: '  Remote React  ',
        criteria: { keywords: 'react', remoteTypes: ['remote', 'remote'], location: '' },
        minMatchScore: 60,
        frequency: 'weekly',
      });
      expect(created).toMatchObject({
        name: 'Remote React',
        criteria: { keywords: 'react', remoteTypes: ['remote'], includeUnknownSalary: true },
        minMatchScore: 60,
        frequency: 'weekly',
      });
      expect(created.criteria).not.toHaveProperty('location');
      expect(JSON.stringify(created)).not.toContain(seeker.id);

      const theirs = callerFor(db(), other);
      expect((await theirs.alerts.list()).map((s) => s.id)).not.toContain(created.id);
      expect((await rejection(theirs.alerts.update({ id: created.id, name: 'Hijacked' }))).code).toBe('NOT_FOUND');
      expect((await rejection(theirs.alerts.delete({ id: created.id }))).code).toBe('NOT_FOUND');
      const [row] = await db().select().from(savedSearches).where(eq(savedSearches.id, created.id));
      expect(row).toMatchObject({ name: 'Remote React', alertFrequency: 'weekly' });

      const updated = await mine.alerts.update({ id: created.id, minMatchScore: null, frequency: 'instant' });
      expect(updated).toMatchObject({ minMatchScore: null, frequency: 'instant', name: 'Remote React' });
      expect((await mine.alerts.list()).find((s) => s.id === created.id)).toMatchObject({ frequency: 'instant' });
      expect(await mine.alerts.delete({ id: created.id })).toEqual({ id: created.id });
      expect((await rejection(mine.alerts.delete({ id: created.id }))).code).toBe('NOT_FOUND');
    });

    it('validates criteria with the search validator and refuses empty updates', async () => {
      const mine = callerFor(db(), seeker);
      const bad = await rejection(
        mine.alerts.create({ name: 'x', criteria: { jobTypes: ['astronaut' as 'contract'] }, frequency: 'daily' }),
      );
      expect(bad.code).toBe('BAD_REQUEST');
      expect((await rejection(mine.alerts.create({ name: '   ', criteria: {}, frequency: 'daily' }))).code).toBe(
        'BAD_REQUEST',
      );
      expect(
        (await rejection(mine.alerts.create({ name: 'x', criteria: {}, minMatchScore: 101, frequency: 'daily' }))).code,
      ).toBe('BAD_REQUEST');
      const s = await saveSearch(seeker, 'validation');
      expect((await rejection(mine.alerts.update({ id: s.id }))).code).toBe('BAD_REQUEST');
      await mine.alerts.delete({ id: s.id });
    });

    it(`keeps at most ${SAVED_SEARCHES_MAX} per user, also when saved at once`, async () => {
      const user = await verifiedUser(db());
      const caller = callerFor(db(), user);
      const results = await Promise.allSettled(
        Array.from({ length: SAVED_SEARCHES_MAX + 3 }, (_, i) =>
          caller.alerts.create({ name: `Search ${i}`, criteria: { keywords: `word${i}` }, frequency: 'off' }),
        ),
      );
      const refused = results.filter((r) => r.status === 'rejected');
      expect(results.length - refused.length).toBe(SAVED_SEARCHES_MAX);
      for (const r of refused) expect((r.reason as TRPCError).code).toBe('CONFLICT');
      expect(await caller.alerts.list()).toHaveLength(SAVED_SEARCHES_MAX);
    });
  });

  describe('alert runs', () => {
    it('keeps the digest in the app, with no mail, until the address is verified', async () => {
      const unverified = await signUpUser(db(), { firstName: 'Uma' });
      const search = await saveSearch(unverified, 'quillwort');
      await job('quillwort', 'Quillwort Data Engineer');
      const { mailer, sent } = recordingMailer(db());
      const run = await runSavedSearchAlert(depsFor(db(), mailer), search.id, 'slot-unverified');
      expect(run.recorded).toMatchObject({ jobs: 1 });
      expect(run.delivered).toEqual({ notificationCreated: true, email: 'skipped_unverified' });
      expect(await alertsOf(unverified)).toHaveLength(1);
      expect(sent).toHaveLength(0);
      expect(await mailTo(unverified)).toHaveLength(0);
    });

    it('sends one digest for the new matching jobs, and none on the next run without new jobs', async () => {
      await job('zephyrite', 'Zephyrite Analyst (posted before the search)');
      const search = await saveSearch(seeker, 'zephyrite');
      const first = await job('zephyrite', 'Zephyrite Platform Engineer');
      // Posted through the recruiter procedure, as a company would.
      const { id: second } = await callerFor(db(), recruiter).recruiter.createJob({
        title: 'Senior Zephyrite Developer',
        description: 'Zephyrite pipelines and tooling.',
        location: 'Denver, CO',
        remoteType: 'remote',
        jobType: 'full-time',
        requiredSkills: ['SQL'],
      });
      await job('unrelated', 'Pastry Chef');
      await drainWorkflows();

      const { mailer, sent } = recordingMailer(db());
      const deps = depsFor(db(), mailer);
      const run = await runSavedSearchAlert(deps, search.id, 'slot-1');
      expect(run.recorded).toMatchObject({ jobs: 2 });
      expect(run.delivered).toEqual({ notificationCreated: true, email: 'sent' });

      const [note, ...extra] = await alertsOf(seeker);
      expect(extra).toHaveLength(0);
      expect(note?.title).toBe('2 new jobs for "zephyrite jobs"');
      expect(note?.body).toContain('Zephyrite Platform Engineer');
      expect(note?.body).toContain('Senior Zephyrite Developer');
      expect(note?.body).not.toContain('posted before the search');
      expect(note?.link).toBe('/jobs?q=zephyrite&sort=newest');

      expect(sent).toHaveLength(1);
      const mail = sent[0];
      expect(mail?.to).toBe(seeker.email);
      expect(mail?.text).toContain(`${APP}/jobs/${first.id}`);
      expect(mail?.text).toContain(`${APP}/jobs/${second}`);
      expect(mail?.text).not.toContain('Pastry');
      expect(mail?.headers?.['List-Unsubscribe']).toMatch(
        /^<http:\/\/localhost:3390\/api\/alerts\/unsubscribe\?token=/,
      );
      expect(mail?.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      expect(await mailTo(seeker)).toHaveLength(1);

      // The same slot again (a retry) and the next slot with nothing new: no second digest.
      expect((await runSavedSearchAlert(deps, search.id, 'slot-1')).delivered).toEqual({
        notificationCreated: false,
        email: 'already_sent',
      });
      expect((await runSavedSearchAlert(deps, search.id, 'slot-2')).recorded).toEqual({
        digestId: null,
        reason: 'no_new_jobs',
      });
      expect(await alertsOf(seeker)).toHaveLength(1);
      expect(sent).toHaveLength(1);

      // A new job later: a digest of that job alone.
      const third = await job('zephyrite', 'Zephyrite Site Reliability Engineer');
      const later = await runSavedSearchAlert(deps, search.id, 'slot-3');
      expect(later.recorded).toMatchObject({ jobs: 1 });
      expect(sent).toHaveLength(2);
      expect(sent[1]?.subject).toBe('1 new job for "zephyrite jobs"');
      expect(sent[1]?.text).toContain(third.id);
      expect(sent[1]?.text).not.toContain(first.id);
      const delivered = await db()
        .select({ jobId: alertDeliveries.jobId })
        .from(alertDeliveries)
        .where(eq(alertDeliveries.savedSearchId, search.id));
      expect(delivered.map((d) => d.jobId).sort()).toEqual([first.id, second, third.id].sort());
      await db().delete(notifications).where(eq(notifications.userId, seeker.id));
    });

    it('a run that crashes between its steps, or while mailing, is finished by its retry exactly once', async () => {
      const search = await saveSearch(seeker, 'quokkalith');
      await job('quokkalith');
      await job('quokkalith', 'Quokkalith Architect');
      const { mailer, sent } = recordingMailer(db(), 1);
      const deps = depsFor(db(), mailer);

      // Step one done, then the process died: the retry delivers that slot's jobs.
      const recorded = await recordAlertRun(deps.mc, search.id, 'crash-slot');
      expect(recorded).toMatchObject({ jobs: 2 });
      // The mail server fails once: the step throws, the in-app notification is already there.
      await expect(runSavedSearchAlert(deps, search.id, 'crash-slot')).rejects.toThrow('SMTP connection lost');
      expect(await alertsOf(seeker)).toHaveLength(1);
      expect(sent).toHaveLength(0);
      // The retry sends the mail, once, and notifies nothing twice; further retries change nothing.
      expect((await runSavedSearchAlert(deps, search.id, 'crash-slot')).delivered).toEqual({
        notificationCreated: false,
        email: 'sent',
      });
      await runSavedSearchAlert(deps, search.id, 'crash-slot');
      await runSavedSearchAlert(deps, search.id, 'next-slot');
      expect(sent).toHaveLength(1);
      expect(sent[0]?.subject).toBe('2 new jobs for "quokkalith jobs"');
      expect(await alertsOf(seeker)).toHaveLength(1);
      await db().delete(notifications).where(eq(notifications.userId, seeker.id));
    });

    it('runs at the same time alert each job once: one digest per slot, never a job in two', async () => {
      const search = await saveSearch(seeker, 'vantablue');
      for (let i = 0; i < 6; i++) await job('vantablue', `Vantablue Role ${i}`);
      const { mailer, sent } = recordingMailer(db());
      const deps = depsFor(db(), mailer);
      await Promise.all([
        runSavedSearchAlert(deps, search.id, 'same'),
        runSavedSearchAlert(deps, search.id, 'same'),
        runSavedSearchAlert(deps, search.id, 'other'),
      ]);
      const rows = await db()
        .select({ jobId: alertDeliveries.jobId, slot: alertDeliveries.slot })
        .from(alertDeliveries)
        .where(eq(alertDeliveries.savedSearchId, search.id));
      expect(new Set(rows.map((r) => r.jobId)).size).toBe(6);
      expect(rows).toHaveLength(6);
      // All six went to whichever slot claimed first; its digest was mailed once.
      expect(new Set(rows.map((r) => r.slot)).size).toBe(1);
      expect(sent).toHaveLength(1);
      expect(await alertsOf(seeker)).toHaveLength(1);
      await db().delete(notifications).where(eq(notifications.userId, seeker.id));
    });

    it('leaves out jobs below the minimum match score', async () => {
      const user = await verifiedUser(db(), { firstName: 'Kim' });
      const me = callerFor(db(), user);
      await me.profile.addSkill({
        name: 'Kubernetes',
        category: 'technical',
        proficiencyLevel: 5,
        yearsOfExperience: 6,
      });
      await me.profile.addSkill({
        name: 'Terraform',
        category: 'technical',
        proficiencyLevel: 4,
        yearsOfExperience: 4,
      });
      await me.profile.addExperience({
        title: 'Site Reliability Engineer',
        company: 'Acme',
        startDate: '2018-01-01',
        description: 'Ran Kubernetes clusters with Terraform and Prometheus.',
      });
      await drainWorkflows();
      const search = await me.alerts.create({
        name: 'Glimmerfax',
        criteria: { keywords: 'glimmerfax' },
        frequency: 'daily',
      });
      const good = await job('glimmerfax', 'Site Reliability Engineer (Glimmerfax)', {
        description: 'Glimmerfax platform: Kubernetes, Terraform, Prometheus, on-call for our clusters.',
        requiredSkills: ['Kubernetes', 'Terraform'],
        requiredYears: 4,
      });
      const poor = await job('glimmerfax', 'Pastry Chef (Glimmerfax)', {
        description: 'Glimmerfax bakery: croissants, laminated dough, cakes and pastry displays.',
        requiredSkills: ['Baking', 'Pastry'],
      });
      const scores = await scoreJobsForSeeker(matchingContext(db()), user.id, [good.id, poor.id]);
      const goodPct = Math.round((scores.get(good.id) ?? 0) * 100);
      const poorPct = Math.round((scores.get(poor.id) ?? 0) * 100);
      expect(goodPct, 'the SRE job matches the SRE better than the bakery job').toBeGreaterThan(poorPct);
      // The minimum right at the good job's score: it passes (as its badge reads), the other does not.
      await me.alerts.update({ id: search.id, minMatchScore: goodPct });

      const { mailer, sent } = recordingMailer(db());
      const run = await runSavedSearchAlert(depsFor(db(), mailer), search.id, 'score-slot');
      expect(run.recorded).toMatchObject({ jobs: 1 });
      expect(sent[0]?.text).toContain(good.id);
      expect(sent[0]?.text).not.toContain(poor.id);
      expect(sent[0]?.text).toContain(`${goodPct}% match`);
      expect(sent[0]?.text).toContain(`(at least ${goodPct}% match)`);
      // The bakery job was not alerted and stays unalerted (the cursor moved past it).
      expect(
        (await runSavedSearchAlert(depsFor(db(), mailer), search.id, 'score-slot-2')).recorded.digestId,
      ).toBeNull();
    });

    it('the hourly run serves due searches only (instant each run, daily after a day), under the Inngest engine and in-process', async () => {
      const due = await saveSearch(other, 'ferroquill');
      const notYet = await saveSearch(other, 'ferroquill', { name: 'ferroquill again' });
      const instant = await saveSearch(other, 'ferroquill', { name: 'ferroquill now', frequency: 'instant' });
      const now = Date.now();
      // Created yesterday, alerted a day ago (the daily one) and an hour ago (the other daily one).
      await db()
        .update(savedSearches)
        .set({ createdAt: new Date(now - 30 * HOUR), lastAlertedAt: new Date(now - 25 * HOUR) })
        .where(eq(savedSearches.id, due.id));
      await db()
        .update(savedSearches)
        .set({ createdAt: new Date(now - 30 * HOUR), lastAlertedAt: new Date(now - HOUR) })
        .where(eq(savedSearches.id, notYet.id));
      await job('ferroquill', 'Ferroquill Welder');
      const picked = await dueSavedSearchIds(db(), new Date(now));
      expect(picked).toContain(due.id);
      expect(picked).toContain(instant.id);
      expect(picked).not.toContain(notYet.id);

      const fn = jobAlertsFunctionFor(() => Promise.resolve(db()));
      const at = new Date(now);
      const { result } = await new InngestTestEngine({ function: fn }).execute({
        events: [{ name: 'inngest/scheduled.timer', data: { cron: '0 * * * *' }, ts: at.getTime() }],
      });
      expect(result).toMatchObject({ digests: 2, emailed: 2 });
      // The same hour again (Inngest retried the run): nothing new.
      expect(await runJobAlertsInProcess(db(), at)).toMatchObject({ digests: 0 });
      const mail = await mailTo(other);
      expect(mail.map((m) => m.subject).sort()).toEqual([
        '1 new job for "ferroquill jobs"',
        '1 new job for "ferroquill now"',
      ]);
      expect(await alertsOf(other)).toHaveLength(2);
      await db().update(savedSearches).set({ alertFrequency: 'off' }).where(eq(savedSearches.userId, other.id));
    });

    it('finishes a digest whose run stopped before mailing, on the next hourly run', async () => {
      const user = await verifiedUser(db());
      const search = await saveSearch(user, 'lumenbrook');
      await job('lumenbrook');
      const recorded = await recordAlertRun(matchingContext(db()), search.id, 'stopped');
      if (!recorded.digestId) throw new Error('expected a digest');
      await db()
        .update(alertDigests)
        .set({ createdAt: new Date(Date.now() - HOUR) })
        .where(eq(alertDigests.id, recorded.digestId));
      await runJobAlertsInProcess(db(), new Date());
      expect(await mailTo(user)).toHaveLength(1);
      await runJobAlertsInProcess(db(), new Date());
      expect(await mailTo(user)).toHaveLength(1);
      expect(await deliverDigest(depsFor(db(), recordingMailer(db()).mailer), recorded.digestId)).toMatchObject({
        email: 'already_sent',
      });
    });
  });

  describe('one-click unsubscribe', () => {
    async function mailedToken(user: User, word: string) {
      const search = await saveSearch(user, word);
      await job(word);
      const { mailer, sent } = recordingMailer(db());
      await runSavedSearchAlert(depsFor(db(), mailer), search.id, `unsub-${word}`);
      const link = /\/api\/alerts\/unsubscribe\?token=(\S+)/.exec(sent[0]?.text ?? '');
      if (!link?.[1]) throw new Error('no unsubscribe link in the mail');
      return { search, token: link[1], url: `${APP}/api/alerts/unsubscribe?token=${link[1]}` };
    }
    const frequencies = async () =>
      Object.fromEntries(
        (await db().select({ id: savedSearches.id, f: savedSearches.alertFrequency }).from(savedSearches)).map((r) => [
          r.id,
          r.f,
        ]),
      );

    it('turns off that saved search’s alerts without signing in, and nothing else', async () => {
      const user = await verifiedUser(db());
      const keep = await saveSearch(user, 'keepme');
      const theirs = await saveSearch(other, 'theirs');
      const { search, url } = await mailedToken(user, 'orbitalgo');
      const before = await frequencies();

      const res = await unsubscribeResponse(db(), SECRET, new Request(url));
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/alerts/unsubscribed?result=unsubscribed');
      const after = await frequencies();
      expect(after[search.id]).toBe('off');
      expect({ ...after, [search.id]: before[search.id] }).toEqual(before);
      expect(after[keep.id]).toBe('daily');
      expect(after[theirs.id]).toBe('daily');

      // Clicked again: still fine. RFC 8058 POST from a mail client: 200.
      expect((await unsubscribeResponse(db(), SECRET, new Request(url))).headers.get('location')).toContain(
        'already_off',
      );
      const post = await unsubscribeResponse(
        db(),
        SECRET,
        new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' }),
      );
      expect(post.status).toBe(200);

      // New jobs after unsubscribing: no digest.
      await job('orbitalgo', 'Orbitalgo Lead');
      expect(
        (await runSavedSearchAlert(depsFor(db(), recordingMailer(db()).mailer), search.id, 'after')).recorded,
      ).toEqual({
        digestId: null,
        reason: 'alerts_off',
      });
    });

    it('refuses a tampered, foreign or malformed token with 400 and changes nothing', async () => {
      const user = await verifiedUser(db());
      const { search, token } = await mailedToken(user, 'tamperix');
      const victim = await saveSearch(other, 'victim');
      const before = await frequencies();
      const [id, owner, mac] = token.split('.') as [string, string, string];
      const flipped = `${mac.slice(0, -2)}${mac.at(-2) === 'A' ? 'B' : 'A'}${mac.at(-1)}`;
      const forged = [
        `${id}.${owner}.${flipped}`,
        // The valid signature moved onto someone else's saved search or account.
        `${victim.id}.${owner}.${mac}`,
        `${id}.${other.id}.${mac}`,
        `${victim.id}.${other.id}.${mac}`,
        // Signed with another secret.
        signUnsubscribeToken('some-other-secret-0123456789abcdef', { savedSearchId: victim.id, userId: other.id }),
        '',
        'not-a-token',
        `${token}x`,
      ];
      for (const t of forged) {
        for (const method of ['GET', 'POST']) {
          const res = await unsubscribeResponse(
            db(),
            SECRET,
            new Request(`${APP}/api/alerts/unsubscribe?token=${encodeURIComponent(t)}`, { method }),
          );
          expect(res.status, `${method} ${t}`).toBe(400);
        }
      }
      expect(await frequencies()).toEqual(before);
      expect(before[search.id]).toBe('daily');

      // Correctly signed, but for a search its user does not own: matches nothing.
      const mismatched = signUnsubscribeToken(SECRET, { savedSearchId: victim.id, userId: user.id });
      const res = await unsubscribeResponse(
        db(),
        SECRET,
        new Request(`${APP}/api/alerts/unsubscribe?token=${mismatched}`),
      );
      expect(res.headers.get('location')).toContain('gone');
      expect(await frequencies()).toEqual(before);
    });
  });

  describe('notification centre', () => {
    it('counts unread, pages newest first, marks one or all read: the caller’s own only', async () => {
      const user = await verifiedUser(db());
      const stranger = await verifiedUser(db());
      await drainWorkflows();
      await db().delete(notifications).where(eq(notifications.userId, user.id));
      const base = Date.now() - 10 * HOUR;
      await db()
        .insert(notifications)
        .values(
          Array.from({ length: 7 }, (_, i) => ({
            userId: user.id,
            type: 'system' as const,
            title: `Note ${i}`,
            body: 'x',
            createdAt: new Date(base + i * 60_000),
          })),
        );
      const strangerNote = await db()
        .insert(notifications)
        .values({ userId: stranger.id, type: 'system', title: 'Private', body: 'x' })
        .returning({ id: notifications.id });
      const me = callerFor(db(), user);
      expect(await me.notifications.unreadCount()).toEqual({ count: 7 });

      const first = await me.notifications.list({ limit: 3 });
      expect(first.map((n) => n.title)).toEqual(['Note 6', 'Note 5', 'Note 4']);
      const second = await me.notifications.list({ limit: 3, cursor: first.at(-1)?.id });
      expect(second.map((n) => n.title)).toEqual(['Note 3', 'Note 2', 'Note 1']);
      const third = await me.notifications.list({ limit: 3, cursor: second.at(-1)?.id });
      expect(third.map((n) => n.title)).toEqual(['Note 0']);
      expect((await rejection(me.notifications.list({ cursor: strangerNote[0]?.id }))).code).toBe('NOT_FOUND');

      await me.notifications.markRead({ id: first[0]?.id ?? '' });
      expect(await me.notifications.unreadCount()).toEqual({ count: 6 });
      expect(await me.notifications.markAllRead()).toEqual({ updated: 6 });
      expect(await me.notifications.unreadCount()).toEqual({ count: 0 });
      const [strangers] = await db()
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(notifications)
        .where(and(eq(notifications.userId, stranger.id), eq(notifications.read, false)));
      expect(strangers?.n).toBeGreaterThanOrEqual(1);
    });
  });
});
