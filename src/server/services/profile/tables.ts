import { certifications, education, experience, projects, skills } from '@/server/db/schema';

/** The owned profile tables, for updateOwnedRow/deleteOwnedRow. */
export const SKILLS = { table: skills, id: skills.id, userId: skills.userId, label: 'Skill' };
export const EXPERIENCE = { table: experience, id: experience.id, userId: experience.userId, label: 'Experience entry' };
export const EDUCATION = { table: education, id: education.id, userId: education.userId, label: 'Education entry' };
export const PROJECTS = { table: projects, id: projects.id, userId: projects.userId, label: 'Project' };
export const CERTIFICATIONS = {
  table: certifications,
  id: certifications.id,
  userId: certifications.userId,
  label: 'Certification',
};
