/**
 * Finds every acknowledged write in the database after a run: the application a save or an
 * apply answered with (an apply's must be past `saved`), the experience row by its unique
 * title, the "withdrawn" event a move answered with. Whatever is missing was lost.
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '@/server/db';
import { applicationEvents, applications, experience } from '@/server/db/schema';
import type { Acknowledged } from './write-mix';

export interface WriteCheck {
  acknowledged: number;
  found: number;
  lost: number;
  /** Up to 20 of the lost ones, to investigate. */
  lostSamples: Acknowledged[];
}

const CHUNK = 1_000;
const chunks = <T>(list: readonly T[]) =>
  Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));

export async function checkAcknowledged(db: Database, acks: readonly Acknowledged[]): Promise<WriteCheck> {
  const savedOrApplied = new Set<string>();
  const applied = new Set<string>();
  const moved = new Set<string>();
  const titles = new Set<string>();
  const appIds = [...new Set(acks.flatMap((a) => ('applicationId' in a ? [a.applicationId] : [])))];
  for (const ids of chunks(appIds)) {
    const rows = await db
      .select({ id: applications.id, appliedAt: applications.appliedAt })
      .from(applications)
      .where(inArray(applications.id, ids));
    for (const r of rows) {
      savedOrApplied.add(r.id);
      if (r.appliedAt) applied.add(r.id);
    }
    const events = await db
      .select({ id: applicationEvents.applicationId })
      .from(applicationEvents)
      .where(and(inArray(applicationEvents.applicationId, ids), eq(applicationEvents.toStatus, 'withdrawn')));
    for (const e of events) moved.add(e.id);
  }
  const wanted = acks.flatMap((a) => (a.op === 'add_experience' ? [a.title] : []));
  for (const list of chunks(wanted)) {
    const rows = await db
      .select({ title: experience.title })
      .from(experience)
      .where(and(inArray(experience.title, list), isNotNull(experience.title)));
    for (const r of rows) if (r.title) titles.add(r.title);
  }
  const present = (a: Acknowledged) => {
    switch (a.op) {
      case 'save':
        return savedOrApplied.has(a.applicationId);
      case 'apply':
        return applied.has(a.applicationId);
      case 'add_experience':
        return titles.has(a.title);
      case 'move':
        return moved.has(a.applicationId);
    }
  };
  const lost = acks.filter((a) => !present(a));
  return {
    acknowledged: acks.length,
    found: acks.length - lost.length,
    lost: lost.length,
    lostSamples: lost.slice(0, 20),
  };
}
