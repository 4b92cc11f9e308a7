import { eq } from 'drizzle-orm';
import { contactInput, type ContactInput } from '@/lib/validators/contact';
import type { ProfileOutput } from '@/lib/validators/profile';
import type { Database } from '@/server/db';
import { users } from '@/server/db/schema';
import type { Actor } from '../actor';
import { loadProfile } from './load-profile';

/**
 * Phone, location and links: what documents carry in their header. Matching reads none of them
 * (the places a seeker would work are their preferences), so no rescore follows.
 */
export async function updateContact(db: Database, raw: ContactInput, actor: Actor): Promise<ProfileOutput> {
  const { phone, location, links } = contactInput.parse(raw);
  await db.update(users).set({ phone, location, links }).where(eq(users.id, actor.userId));
  return loadProfile(db, actor.userId);
}
