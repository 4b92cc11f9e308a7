/**
 * The signed unsubscribe of job alert mail on real databases: opening the link asks, the page's button
 * or a mail client's RFC 8058 one-click POST turns off that saved search's alerts without signing in,
 * and a tampered, foreign or malformed token changes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { savedSearches } from '@/server/db/schema';
import { runSavedSearchAlert } from '@/server/services/alerts/run-saved-search-alert';
import { unsubscribeTarget } from '@/server/services/alerts/unsubscribe';
import { unsubscribeResponse } from '@/server/services/alerts/unsubscribe-response';
import { signUnsubscribeToken } from '@/server/services/alerts/unsubscribe-token';
import { APP, depsFor, recordingMailer, SECRET, useAlertWorld, verifiedUser, type User } from './helpers/alert-world';
import { availableModes } from './helpers/databases';

const modes = await availableModes();

describe.each(modes)('job alerts on %s', (mode) => {
  const { db, people, saveSearch, job } = useAlertWorld(mode);
  let other: User;
  beforeAll(() => {
    ({ other } = people());
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
      const { search, url, token } = await mailedToken(user, 'orbitalgo');
      const before = await frequencies();

      // Opening the link (a GET, as mail scanners and link previews also send) only asks; it changes nothing.
      const opened = await unsubscribeResponse(db(), SECRET, new Request(url));
      expect(opened.status).toBe(303);
      expect(opened.headers.get('location')).toBe(`/alerts/unsubscribe?token=${token}`);
      expect(await frequencies()).toEqual(before);
      expect(await unsubscribeTarget(db(), SECRET, token)).toEqual({ name: 'orbitalgo jobs', frequency: 'daily' });

      // The confirmation page's button posts the form.
      const confirm = () =>
        unsubscribeResponse(
          db(),
          SECRET,
          new Request(url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: 'confirm=1',
          }),
        );
      const res = await confirm();
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/alerts/unsubscribed?result=unsubscribed');
      const after = await frequencies();
      expect(after[search.id]).toBe('off');
      expect({ ...after, [search.id]: before[search.id] }).toEqual(before);
      expect(after[keep.id]).toBe('daily');
      expect(after[theirs.id]).toBe('daily');

      // Confirmed again: still fine. RFC 8058 POST from a mail client: 200.
      expect((await confirm()).headers.get('location')).toContain('already_off');
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
      for (const t of forged) expect(await unsubscribeTarget(db(), SECRET, t)).toBeNull();

      // Correctly signed, but for a search its user does not own: matches nothing.
      const mismatched = signUnsubscribeToken(SECRET, { savedSearchId: victim.id, userId: user.id });
      const res = await unsubscribeResponse(
        db(),
        SECRET,
        new Request(`${APP}/api/alerts/unsubscribe?token=${mismatched}`, { method: 'POST', body: 'confirm=1' }),
      );
      expect(res.headers.get('location')).toContain('gone');
      expect(await frequencies()).toEqual(before);
    });
  });
});
