import type { JsonResumeExport } from '@/lib/validators/resume';
import type { DbOrTx } from '@/server/db';
import { draftToJsonResume } from '@/server/services/resume/json-resume';
import type { Actor } from '../actor';
import { getMe } from '../users/get-me';
import { loadProfile } from './load-profile';

/** The caller's profile as a JSON Resume (jsonresume.org v1.0.0) document. */
export async function exportJsonResume(db: DbOrTx, actor: Actor): Promise<JsonResumeExport> {
  const [me, profile] = await Promise.all([getMe(db, actor), loadProfile(db, actor.userId)]);
  return draftToJsonResume({
    firstName: me.firstName,
    lastName: me.lastName,
    email: me.email,
    headline: profile.headline,
    summary: profile.summary ?? profile.preferences.careerGoals,
    location: profile.contact.location ?? profile.preferences.locations[0] ?? null,
    phone: profile.contact.phone,
    links: profile.contact.links,
    skills: profile.skills,
    experience: profile.experience,
    education: profile.education,
    projects: profile.projects,
    certifications: profile.certifications,
  });
}
