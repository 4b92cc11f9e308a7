import type { ProfileOutput } from '@/lib/validators/profile';
import type { DbOrTx } from '@/server/db';
import type { Actor } from '../actor';
import { loadProfile } from './load-profile';

/** The caller's own profile; there is no way to ask for someone else's here. */
export function getProfile(db: DbOrTx, actor: Actor): Promise<ProfileOutput> {
  return loadProfile(db, actor.userId);
}
