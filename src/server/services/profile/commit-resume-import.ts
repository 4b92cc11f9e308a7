import { eq } from 'drizzle-orm';
import {
  commitResumeImportInput,
  type CommitResumeImportInput,
  type CommitResumeImportOutput,
} from '@/lib/validators/resume-import';
import type { Database } from '@/server/db';
import { education, experience, skills, users } from '@/server/db/schema';
import type { Actor } from '../actor';
import { loadProfile } from './load-profile';
import { saveProfileChange } from './save-profile-change';
import { canonicalSkillName } from './skill-names';

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/**
 * Saves the reviewed draft into the profile in one transaction: all of it or none.
 * What the profile already has (same skill, same role, same degree) is skipped, so
 * importing the same resume twice adds nothing. A headline is set only if none exists.
 */
export async function commitResumeImport(
  db: Database,
  raw: CommitResumeImportInput,
  actor: Actor,
): Promise<CommitResumeImportOutput> {
  const input = commitResumeImportInput.parse(raw);
  const counts: CommitResumeImportOutput = {
    added: { skills: 0, experience: 0, education: 0 },
    skipped: { skills: 0, experience: 0, education: 0 },
  };
  await saveProfileChange(db, actor.userId, async (tx) => {
    const current = await loadProfile(tx, actor.userId);
    const skillKeys = new Set(current.skills.map((s) => `${norm(s.name)}|${s.category}`));
    const roleKeys = new Set(current.experience.map((e) => `${norm(e.title)}|${norm(e.company)}|${e.startDate}`));
    const schoolKeys = new Set(current.education.map((e) => `${norm(e.institution)}|${norm(e.degree)}`));

    const newSkills = input.skills
      .map((s) => ({ ...s, name: canonicalSkillName(s.name) }))
      .filter((s) => {
        const key = `${norm(s.name)}|${s.category}`;
        if (skillKeys.has(key)) return false;
        skillKeys.add(key);
        return true;
      });
    const newRoles = input.experience.filter((e) => {
      const key = `${norm(e.title)}|${norm(e.company)}|${e.startDate}`;
      return !roleKeys.has(key) && Boolean(roleKeys.add(key));
    });
    const newSchools = input.education.filter((e) => {
      const key = `${norm(e.institution)}|${norm(e.degree)}`;
      return !schoolKeys.has(key) && Boolean(schoolKeys.add(key));
    });

    if (newSkills.length) await tx.insert(skills).values(newSkills.map((s) => ({ ...s, userId: actor.userId })));
    if (newRoles.length) await tx.insert(experience).values(newRoles.map((e) => ({ ...e, userId: actor.userId })));
    if (newSchools.length) await tx.insert(education).values(newSchools.map((e) => ({ ...e, userId: actor.userId })));
    if (input.headline && !current.headline) {
      await tx.update(users).set({ professionalHeadline: input.headline }).where(eq(users.id, actor.userId));
    }
    counts.added = { skills: newSkills.length, experience: newRoles.length, education: newSchools.length };
    counts.skipped = {
      skills: input.skills.length - newSkills.length,
      experience: input.experience.length - newRoles.length,
      education: input.education.length - newSchools.length,
    };
  });
  return counts;
}
