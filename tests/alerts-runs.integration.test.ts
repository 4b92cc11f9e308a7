/**
 * Job alert runs on real databases: one digest (notification + mail) per saved search and run for
 * the new matching jobs, none when nothing is new, also when a run is retried, crashes between its
 * steps, or runs twice at once; the minimum match score; the hourly run's due searches.
 */
import { InngestTestEngine } from '@inngest/test';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { alertDeliveries, alertDigests, notifications, savedSearches } from '@/server/db/schema';
import { deliverDigest } from '@/server/services/alerts/deliver-digest';
import { dueSavedSearchIds } from '@/server/services/alerts/due-saved-searches';
import { recordAlertRun } from '@/server/services/alerts/record-alert-run';
import { runSavedSearchAlert } from '@/server/services/alerts/run-saved-search-alert';
import { scoreJobsForSeeker } from '@/server/services/alerts/score-for-seeker';
import { matchingContext } from '@/server/services/matching/matching-context';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { jobAlertsFunctionFor, runJobAlertsInProcess } from '~/inngest/functions/job-alerts';
import {
  APP,
  depsFor,
  HOUR,
  recordingMailer,
  useAlertWorld,
  verifiedUser,
  type User,
} from './helpers/alert-world';
import { lastChecked } from '@/app/alerts/last-checked';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';

const modes = await availableModes();

describe.each(modes)('job alerts on %s', (mode) => {
  const { db, people, mailTo, alertsOf, saveSearch, job } = useAlertWorld(mode);
  let seeker: User;
  let other: User;
  let recruiter: User;
  beforeAll(() => {
    ({ seeker, other, recruiter } = people());
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
      const listed = async () => (await callerFor(db(), seeker).alerts.list()).find((s) => s.id === search.id);
      // Saved seconds ago and not run yet: "Not checked yet"; checked once a run looked, however soon (walk).
      expect(lastChecked((await listed())!)).toBe(false);
      const run = await runSavedSearchAlert(deps, search.id, 'slot-1');
      expect(run.recorded).toMatchObject({ jobs: 2 });
      expect(lastChecked((await listed())!)).toBe(true);
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
      // Three searches that find the same job (one search cannot be saved twice).
      const notYet = await saveSearch(other, 'ferroquill', {
        name: 'ferroquill again',
        criteria: { keywords: 'ferroquill welder' },
      });
      const instant = await saveSearch(other, 'ferroquill', {
        name: 'ferroquill now',
        frequency: 'instant',
        criteria: { keywords: 'ferroquill -intern' },
      });
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
});
