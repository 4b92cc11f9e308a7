/**
 * Saved searches on real databases: the owner-only procedures, criteria validation through the
 * search validator, and the per-user limit also when saved at once.
 */
import { type TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAVED_SEARCHES_MAX } from '@/lib/validators/alerts';
import { savedSearches } from '@/server/db/schema';
import { useAlertWorld, verifiedUser, type User } from './helpers/alert-world';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { rejection } from './helpers/rejection';

const modes = await availableModes();

describe.each(modes)('job alerts on %s', (mode) => {
  const { db, people, saveSearch } = useAlertWorld(mode);
  let seeker: User;
  let other: User;
  beforeAll(() => {
    ({ seeker, other } = people());
  });

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

    it('a search saved without a frequency starts from the profile’s default for new alerts (weekly until set)', async () => {
      const user = await verifiedUser(db());
      const caller = callerFor(db(), user);
      expect(await caller.alerts.defaultFrequency()).toEqual({ frequency: 'weekly' });
      const before = await caller.alerts.create({ name: 'Before', criteria: { keywords: 'rust' } });
      expect(before.frequency).toBe('weekly');
      await caller.profile.updatePreferences({ alertFrequency: 'instant' });
      expect(await caller.alerts.defaultFrequency()).toEqual({ frequency: 'instant' });
      const after = await caller.alerts.create({ name: 'After', criteria: { keywords: 'go' } });
      expect(after.frequency).toBe('instant');
      // A frequency chosen on the form wins over the default.
      expect((await caller.alerts.create({ name: 'Chosen', criteria: {}, frequency: 'off' })).frequency).toBe('off');
      const [row] = await db().select().from(savedSearches).where(eq(savedSearches.id, after.id));
      expect(row?.alertFrequency).toBe('instant');
    });

    it('refuses to save the same search twice (two alerts for the same jobs), naming the one kept', async () => {
      const user = await verifiedUser(db());
      const caller = callerFor(db(), user);
      await caller.alerts.create({
        name: 'Remote analyst roles',
        criteria: { keywords: 'analyst', remoteTypes: ['remote', 'hybrid'] },
        frequency: 'daily',
      });
      // The same jobs: other order, other case and spacing, another name.
      const again = await rejection(
        caller.alerts.create({
          name: 'analyst',
          criteria: { keywords: ' Analyst ', remoteTypes: ['hybrid', 'remote'] },
        }),
      );
      expect(again.code).toBe('CONFLICT');
      expect(again.message).toBe('You already saved this search as “Remote analyst roles”.');
      // A different filter is a different search; another user may save the same one.
      await caller.alerts.create({ name: 'Remote only', criteria: { keywords: 'analyst', remoteTypes: ['remote'] } });
      await callerFor(db(), other).alerts.create({
        name: 'x',
        criteria: { keywords: 'analyst', remoteTypes: ['remote', 'hybrid'] },
      });
      expect((await caller.alerts.list()).map((s) => s.name).sort()).toEqual(['Remote analyst roles', 'Remote only']);
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
});
