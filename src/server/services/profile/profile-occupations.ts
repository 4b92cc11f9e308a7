/**
 * The seeker's occupations: what their profile says (inferred) and what they confirmed. A
 * confirmed list replaces inference in matching (refresh-occupations.ts) until they clear it.
 */
import { eq } from 'drizzle-orm';
import {
  searchOccupationsInput,
  setTargetOccupationsInput,
  type ProfileOccupationsOutput,
  type ProfileOutput,
} from '@/lib/validators/profile';
import type { Database, DbOrTx } from '@/server/db';
import { preferences, profileOccupations } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { loadProfileForMatching, profileOccupationInput } from '../matching/load-match-inputs';
import { occupationByCode, occupationTitle } from '../matching/occupations/catalog';
import { DEFAULT_INFERENCE, scoreOccupations } from '../matching/occupations/infer-occupations';
import { inferProfileOccupations } from '../matching/occupations/infer-profile-occupations';
import { getOccupationIndex } from '../matching/occupations/occupation-index';
import { titleTerms } from '../matching/occupations/title-terms';
import type { Actor } from '../actor';
import { saveProfileChange } from './save-profile-change';

export async function getProfileOccupations(db: DbOrTx, actor: Actor): Promise<ProfileOccupationsOutput> {
  const profile = await loadProfileForMatching(db, actor.userId);
  const inferred = inferProfileOccupations({ ...profileOccupationInput(profile), targets: [] }, 5);
  const confirmed = profile.targetOccupations.flatMap((code) => {
    const title = occupationTitle(code);
    return title ? [{ code, title }] : [];
  });
  // The refined reading matching uses in place of the own one (load-match-inputs.ts), when there
  // is one: a stored own reading may be older than the one inferred above, and is not shown.
  const [stored] = await db
    .select({ refined: profileOccupations.refinedOccupations })
    .from(profileOccupations)
    .where(eq(profileOccupations.userId, actor.userId));
  const read = confirmed.length === 0 ? stored?.refined?.[0] : undefined;
  const title = read && occupationTitle(read.code);
  return { inferred, confirmed, matchedAs: read && title ? { code: read.code, title } : null };
}

/**
 * Occupations whose O*NET titles (and alternate titles) best match what the seeker typed: first
 * those with a title holding every word, then by the best title's likeness. By likeness alone, a
 * rare word won over a common one: "registered nurse" offered Court, Municipal, and License Clerks
 * (a "registered" title) second, before Nurse Practitioners (a walk).
 */
export function searchOccupations(raw: { q: string }): { code: string; title: string }[] {
  const { q } = searchOccupationsInput.parse(raw);
  const index = getOccupationIndex();
  const titlesOnly = { ...DEFAULT_INFERENCE, weights: { title: 1, text: 0, skills: 0 } };
  const words = new Set(titleTerms(q));
  const holdsEvery = (code: string) => {
    const o = occupationByCode(code);
    return (o ? [o.title, ...o.alternateTitles] : []).some((t) => {
      const terms = new Set(titleTerms(t));
      return [...words].every((w) => terms.has(w));
    });
  };
  return scoreOccupations({ title: q }, SEARCH_CANDIDATES, titlesOnly, index)
    .flatMap(([id, score]) => {
      const o = index.occupations[id];
      return o && score > 0 ? [{ o, every: holdsEvery(o.code), score }] : [];
    })
    .sort((a, b) => Number(b.every) - Number(a.every) || b.score - a.score)
    .slice(0, 10)
    .map(({ o }) => ({ code: o.code, title: o.title }));
}

/** Scored before the every-word ordering, so that one past the tenth by likeness can still be listed. */
const SEARCH_CANDIDATES = 30;

export async function setTargetOccupations(db: Database, raw: { codes: string[] }, actor: Actor): Promise<ProfileOutput> {
  const { codes } = setTargetOccupationsInput.parse(raw);
  const unique = [...new Set(codes)];
  const unknown = unique.filter((c) => occupationTitle(c) === null);
  if (unknown.length > 0)
    throw new AppError('VALIDATION_ERROR', `Unknown occupation: ${unknown.join(', ')}.`, { fields: { codes: ['Pick occupations from the list.'] } });
  return saveProfileChange(db, actor.userId, async (tx) => {
    const updated = await tx
      .update(preferences)
      .set({ targetOccupations: unique })
      .where(eq(preferences.userId, actor.userId))
      .returning({ userId: preferences.userId });
    if (updated.length === 0) await tx.insert(preferences).values({ userId: actor.userId, targetOccupations: unique });
  });
}
