/**
 * The notification centre's procedures on real databases: unread count, pages newest first, mark
 * one or all read, the caller's own notifications only.
 */
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { HOUR, useAlertWorld, verifiedUser } from './helpers/alert-world';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { rejection } from './helpers/rejection';

const modes = await availableModes();

describe.each(modes)('job alerts on %s', (mode) => {
  const { db } = useAlertWorld(mode);

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
