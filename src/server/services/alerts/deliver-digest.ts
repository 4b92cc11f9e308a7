/**
 * The second half of an alert run: the slot's digest, once, as an in-app notification (type
 * job_alert, deduplicated per saved search and slot) and one email. The email is claimed with a
 * lease before sending and marked sent after: concurrent runs send it once, and a run that died
 * mid-send sends it again after the lease (at least once; the in-app notification exactly once).
 */
import { and, count, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { searchCriteriaToParams } from '@/lib/validators/search';
import type { Mailer } from '@/server/adapters/mail';
import type { DbOrTx } from '@/server/db';
import { alertDeliveries, alertDigests, jobs, notifications, savedSearches, users } from '@/server/db/schema';
import { DIGEST_LISTED, buildDigestEmail, digestTitle, jobLine } from './digest-email';
import { mayReceiveAlertMail } from './email-eligibility';
import { readCriteria } from './saved-search-row';
import { signUnsubscribeToken } from './unsubscribe-token';

/** A claimed email not marked sent after this long is presumed lost with its run. */
const EMAIL_LEASE = sql`interval '10 minutes'`;
/** Titles in the notification body; the rest are counted. */
const NOTIFICATION_LISTED = 5;
/** notifications.link is varchar(500). */
const MAX_LINK = 500;

export interface DeliveryDeps {
  db: DbOrTx;
  mailer: Mailer;
  /** Signs unsubscribe links (the app secret). */
  secret: string;
  /** Absolute base of links in mail. */
  appUrl: string;
  requireVerifiedEmail?: boolean;
}

export interface Delivered {
  notificationCreated: boolean;
  email: 'sent' | 'already_sent' | 'skipped_unverified' | 'skipped_alerts_off';
}

async function loadDigest(db: DbOrTx, digestId: string) {
  const [row] = await db
    .select({
      id: alertDigests.id,
      slot: alertDigests.slot,
      moreCount: alertDigests.moreCount,
      savedSearchId: savedSearches.id,
      name: savedSearches.name,
      criteria: savedSearches.criteria,
      minMatchScore: savedSearches.minMatchScore,
      frequency: savedSearches.alertFrequency,
      userId: users.id,
      email: users.email,
      firstName: users.firstName,
      emailVerified: users.emailVerified,
    })
    .from(alertDigests)
    .innerJoin(savedSearches, eq(savedSearches.id, alertDigests.savedSearchId))
    .innerJoin(users, eq(users.id, alertDigests.userId))
    .where(eq(alertDigests.id, digestId))
    .limit(1);
  return row;
}

async function digestJobs(db: DbOrTx, savedSearchId: string, slot: string) {
  const mine = and(eq(alertDeliveries.savedSearchId, savedSearchId), eq(alertDeliveries.slot, slot));
  const [listed, [total]] = await Promise.all([
    db
      .select({
        id: jobs.id,
        title: jobs.title,
        companyName: jobs.companyName,
        location: jobs.location,
        matchScore: alertDeliveries.matchScore,
      })
      .from(alertDeliveries)
      .innerJoin(jobs, eq(jobs.id, alertDeliveries.jobId))
      .where(mine)
      .orderBy(sql`${alertDeliveries.matchScore} DESC NULLS LAST`, desc(jobs.createdAt), desc(jobs.id))
      .limit(DIGEST_LISTED),
    db.select({ n: count() }).from(alertDeliveries).where(mine),
  ]);
  return { listed, recorded: total?.n ?? 0 };
}

/** Recorded so the hourly sweep of unfinished digests leaves it alone. */
async function skipEmail(db: DbOrTx, digestId: string, reason: string): Promise<void> {
  await db
    .update(alertDigests)
    .set({ emailSkipped: reason })
    .where(and(eq(alertDigests.id, digestId), isNull(alertDigests.emailSentAt)));
}

/** The saved search's results, newest first: where "and N more" leads. */
function resultsPath(criteria: Record<string, unknown>): string {
  const qs = searchCriteriaToParams({ ...readCriteria(criteria), sort: 'newest' }).toString();
  const path = `/jobs?${qs}`;
  return path.length <= MAX_LINK ? path : '/alerts';
}

export async function deliverDigest(deps: DeliveryDeps, digestId: string): Promise<Delivered | null> {
  const { db } = deps;
  const d = await loadDigest(db, digestId);
  if (!d) return null; // the saved search (and with it the digest) was deleted meanwhile
  const { listed, recorded } = await digestJobs(db, d.savedSearchId, d.slot);
  // Jobs deleted since they were claimed leave with their deliveries; nothing left, nothing to say.
  if (recorded === 0) {
    await skipEmail(db, digestId, 'no_jobs_left');
    return null;
  }
  const total = recorded + d.moreCount;
  const results = resultsPath(d.criteria);

  const shown = listed.slice(0, NOTIFICATION_LISTED).map(jobLine);
  const rest = total - shown.length;
  const [note] = await db
    .insert(notifications)
    .values({
      userId: d.userId,
      type: 'job_alert',
      title: digestTitle(total, d.name),
      body: [...shown, ...(rest > 0 ? [`…and ${rest.toLocaleString('en-US')} more.`] : [])].join('\n'),
      link: results,
      dedupeKey: `job-alert:${d.savedSearchId}:${d.slot}`,
    })
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id });
  if (note) await db.update(alertDigests).set({ notificationId: note.id }).where(eq(alertDigests.id, digestId));

  const delivered = (email: Delivered['email']): Delivered => ({ notificationCreated: Boolean(note), email });
  // Unsubscribed after the jobs were claimed: the app still shows them, no more mail.
  if (d.frequency === 'off') {
    await skipEmail(db, digestId, 'alerts_off');
    return delivered('skipped_alerts_off');
  }
  if (!mayReceiveAlertMail(d, deps.requireVerifiedEmail)) {
    await skipEmail(db, digestId, 'unverified_email');
    return delivered('skipped_unverified');
  }
  const [claim] = await db
    .update(alertDigests)
    .set({ emailClaimedAt: sql`now()` })
    .where(
      and(
        eq(alertDigests.id, digestId),
        isNull(alertDigests.emailSentAt),
        or(isNull(alertDigests.emailClaimedAt), lt(alertDigests.emailClaimedAt, sql`now() - ${EMAIL_LEASE}`)),
      ),
    )
    .returning({ id: alertDigests.id });
  if (!claim) return delivered('already_sent');

  const token = signUnsubscribeToken(deps.secret, { savedSearchId: d.savedSearchId, userId: d.userId });
  const message = buildDigestEmail({
    to: d.email,
    firstName: d.firstName,
    searchName: d.name,
    minMatchScore: d.minMatchScore,
    jobs: listed,
    total,
    appUrl: deps.appUrl,
    resultsUrl: `${deps.appUrl}${results}`,
    unsubscribeUrl: `${deps.appUrl}/api/alerts/unsubscribe?token=${token}`,
  });
  try {
    await deps.mailer.send(message);
  } catch (err) {
    // Released at once, so the step's retry sends it instead of waiting out the lease.
    await db.update(alertDigests).set({ emailClaimedAt: null }).where(eq(alertDigests.id, digestId));
    throw err;
  }
  await db
    .update(alertDigests)
    .set({ emailSentAt: sql`now()` })
    .where(eq(alertDigests.id, digestId));
  return delivered('sent');
}
