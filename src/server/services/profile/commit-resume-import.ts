import { eq } from 'drizzle-orm';
import {
  commitResumeImportInput,
  type CommitResumeImportInput,
  type CommitResumeImportOutput,
} from '@/lib/validators/resume-import';
import type { Database } from '@/server/db';
import { certifications, education, experience, projects, skills, users } from '@/server/db/schema';
import type { Actor } from '../actor';
import { loadProfile } from './load-profile';
import { saveProfileChange } from './save-profile-change';
import { canonicalSkillName } from './skill-names';

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/**
 * The same role: same title, company and start (so a role edited on the profile is not added again
 * by a later import). A role with neither a title nor a start date is told apart by its text too:
 * resumes often list one employer in several such blocks with different work under each, and each
 * is kept.
 */
const roleKey = (e: {
  title: string | null;
  company: string | null;
  startDate: string | null;
  description: string | null;
  achievements: string[];
}) =>
  [e.title, e.company, e.startDate, ...(e.title || e.startDate ? [] : [e.description, e.achievements.join('\n')])]
    .map(norm)
    .join('|');

/**
 * Saves the reviewed draft into the profile in one transaction: all of it or none.
 * What the profile already has (same skill, same role, same degree) is skipped, so
 * importing the same resume twice adds nothing. A headline and a summary are set only where none
 * exists: what the user wrote on the profile wins over a later import.
 */
export async function commitResumeImport(
  db: Database,
  raw: CommitResumeImportInput,
  actor: Actor,
): Promise<CommitResumeImportOutput> {
  const input = commitResumeImportInput.parse(raw);
  const none = { skills: 0, experience: 0, education: 0, projects: 0, certifications: 0 };
  const counts: CommitResumeImportOutput = { added: { ...none }, skipped: { ...none } };
  await saveProfileChange(db, actor.userId, async (tx) => {
    const current = await loadProfile(tx, actor.userId);
    const skillKeys = new Set(current.skills.map((s) => `${norm(s.name)}|${s.category}`));
    const roleKeys = new Set(current.experience.map(roleKey));
    const schoolKeys = new Set(current.education.map((e) => `${norm(e.institution)}|${norm(e.degree)}`));
    const projectKeys = new Set(current.projects.map((p) => norm(p.name)));
    const certificationKeys = new Set(current.certifications.map((c) => norm(c.name)));

    const newSkills = input.skills
      .map((s) => ({ ...s, name: canonicalSkillName(s.name) }))
      .filter((s) => {
        const key = `${norm(s.name)}|${s.category}`;
        if (skillKeys.has(key)) return false;
        skillKeys.add(key);
        return true;
      });
    const newRoles = input.experience.filter((e) => {
      const key = roleKey(e);
      return !roleKeys.has(key) && Boolean(roleKeys.add(key));
    });
    const newSchools = input.education.filter((e) => {
      const key = `${norm(e.institution)}|${norm(e.degree)}`;
      return !schoolKeys.has(key) && Boolean(schoolKeys.add(key));
    });

    const newProjects = input.projects.filter((p) => !projectKeys.has(norm(p.name)) && Boolean(projectKeys.add(norm(p.name))));
    const newCertifications = input.certifications.filter(
      (c) => !certificationKeys.has(norm(c.name)) && Boolean(certificationKeys.add(norm(c.name))),
    );

    if (newSkills.length) await tx.insert(skills).values(newSkills.map((s) => ({ ...s, userId: actor.userId })));
    if (newRoles.length) await tx.insert(experience).values(newRoles.map((e) => ({ ...e, userId: actor.userId })));
    if (newSchools.length) await tx.insert(education).values(newSchools.map((e) => ({ ...e, userId: actor.userId })));
    if (newProjects.length) await tx.insert(projects).values(newProjects.map((p) => ({ ...p, userId: actor.userId })));
    if (newCertifications.length)
      await tx.insert(certifications).values(newCertifications.map((c) => ({ ...c, userId: actor.userId })));
    const header = {
      ...(input.headline && !current.headline ? { professionalHeadline: input.headline } : {}),
      ...(input.summary && !current.summary ? { summary: input.summary } : {}),
      ...(input.phone && !current.contact.phone ? { phone: input.phone } : {}),
      ...(input.location && !current.contact.location ? { location: input.location } : {}),
      ...(input.links.length && !current.contact.links.length ? { links: input.links } : {}),
    };
    if (Object.keys(header).length) await tx.update(users).set(header).where(eq(users.id, actor.userId));
    counts.added = {
      skills: newSkills.length,
      experience: newRoles.length,
      education: newSchools.length,
      projects: newProjects.length,
      certifications: newCertifications.length,
    };
    counts.skipped = {
      skills: input.skills.length - newSkills.length,
      experience: input.experience.length - newRoles.length,
      education: input.education.length - newSchools.length,
      projects: input.projects.length - newProjects.length,
      certifications: input.certifications.length - newCertifications.length,
    };
  });
  return counts;
}
