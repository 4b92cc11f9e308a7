import {
  addCertificationInput,
  addEducationInput,
  addExperienceInput,
  addProjectInput,
  addSkillInput,
  occupationSearchOutput,
  preferencesInput,
  profileIntroInput,
  profileOccupationsOutput,
  profileOutput,
  searchOccupationsInput,
  setTargetOccupationsInput,
  removeProfileEntryInput,
  updateCertificationInput,
  updateEducationInput,
  updateExperienceInput,
  updateProjectInput,
  updateSkillInput,
} from '@/lib/validators/profile';
import { contactInput } from '@/lib/validators/contact';
import { jsonResumeExport, resumeDraft } from '@/lib/validators/resume';
import {
  commitResumeImportInput,
  commitResumeImportOutput,
  jsonResumeImportInput,
  resumeUploadInput,
} from '@/lib/validators/resume-import';
import { addSkill } from '@/server/services/profile/add-skill';
import { addCertification, updateCertification } from '@/server/services/profile/save-certification';
import { addProject, updateProject } from '@/server/services/profile/save-project';
import { commitResumeImport } from '@/server/services/profile/commit-resume-import';
import { exportJsonResume } from '@/server/services/profile/export-json-resume';
import { readJsonResume, readResume } from '@/server/services/profile/read-resume';
import { getProfile } from '@/server/services/profile/get-profile';
import {
  getProfileOccupations,
  searchOccupations,
  setTargetOccupations,
} from '@/server/services/profile/profile-occupations';
import { removeProfileEntry } from '@/server/services/profile/remove-profile-entry';
import { addEducation, updateEducation } from '@/server/services/profile/save-education';
import { addExperience, updateExperience } from '@/server/services/profile/save-experience';
import { updateContact } from '@/server/services/profile/update-contact';
import { updateProfileIntro } from '@/server/services/profile/update-intro';
import { updatePreferences } from '@/server/services/profile/update-preferences';
import { updateSkill } from '@/server/services/profile/update-skill';
import { RATE_LIMITS } from '@/server/services/security/rate-limits';
import { createTRPCRouter, protectedProcedure, rateLimit } from '../trpc';

/** Decoding PDFs and DOCX files is the most CPU a single request can ask for. */
const resumeReadLimit = rateLimit(
  RATE_LIMITS.resumeReadsPerUser,
  (ctx) => ctx.actor?.userId ?? null,
  'You have read many resumes in the last hour.',
);

/** The caller's own profile. Every mutation answers with the whole updated profile (and skill score). */
export const profileRouter = createTRPCRouter({
  get: protectedProcedure.output(profileOutput).query(({ ctx }) => getProfile(ctx.db, ctx.actor)),

  addSkill: protectedProcedure
    .input(addSkillInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => addSkill(ctx.db, input, ctx.actor)),
  updateSkill: protectedProcedure
    .input(updateSkillInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => updateSkill(ctx.db, input, ctx.actor)),

  addExperience: protectedProcedure
    .input(addExperienceInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => addExperience(ctx.db, input, ctx.actor)),
  updateExperience: protectedProcedure
    .input(updateExperienceInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => updateExperience(ctx.db, input, ctx.actor)),

  addEducation: protectedProcedure
    .input(addEducationInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => addEducation(ctx.db, input, ctx.actor)),
  updateEducation: protectedProcedure
    .input(updateEducationInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => updateEducation(ctx.db, input, ctx.actor)),

  removeEntry: protectedProcedure
    .input(removeProfileEntryInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => removeProfileEntry(ctx.db, input, ctx.actor)),

  /** Parses an uploaded or pasted resume into a draft for review; writes nothing. */
  readResume: protectedProcedure
    .use(resumeReadLimit)
    .input(resumeUploadInput)
    .output(resumeDraft)
    .mutation(({ input }) => readResume(input)),

  /** Reads a JSON Resume document into the same reviewable draft; writes nothing. */
  readJsonResume: protectedProcedure
    .use(resumeReadLimit)
    .input(jsonResumeImportInput)
    .output(resumeDraft)
    .mutation(({ input }) => readJsonResume(input)),

  exportJsonResume: protectedProcedure.output(jsonResumeExport).query(({ ctx }) => exportJsonResume(ctx.db, ctx.actor)),

  /** Saves the reviewed draft into the profile, all or nothing. */
  commitResumeImport: protectedProcedure
    .input(commitResumeImportInput)
    .output(commitResumeImportOutput)
    .mutation(({ ctx, input }) => commitResumeImport(ctx.db, input, ctx.actor)),

  /** The occupations the caller's profile suggests, and the ones they confirmed. */
  occupations: protectedProcedure
    .output(profileOccupationsOutput)
    .query(({ ctx }) => getProfileOccupations(ctx.db, ctx.actor)),

  searchOccupations: protectedProcedure
    .input(searchOccupationsInput)
    .output(occupationSearchOutput)
    .query(({ input }) => searchOccupations(input)),

  /** What the caller does or wants to do; an empty list goes back to inference. */
  setTargetOccupations: protectedProcedure
    .input(setTargetOccupationsInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => setTargetOccupations(ctx.db, input, ctx.actor)),

  /** The headline and summary at the top of the profile. */
  updateIntro: protectedProcedure
    .input(profileIntroInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => updateProfileIntro(ctx.db, input, ctx.actor)),

  addProject: protectedProcedure
    .input(addProjectInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => addProject(ctx.db, input, ctx.actor)),

  updateProject: protectedProcedure
    .input(updateProjectInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => updateProject(ctx.db, input, ctx.actor)),

  addCertification: protectedProcedure
    .input(addCertificationInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => addCertification(ctx.db, input, ctx.actor)),

  updateCertification: protectedProcedure
    .input(updateCertificationInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => updateCertification(ctx.db, input, ctx.actor)),

  /** Phone, location and links, for the header of documents. */
  updateContact: protectedProcedure
    .input(contactInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => updateContact(ctx.db, input, ctx.actor)),

  updatePreferences: protectedProcedure
    .input(preferencesInput)
    .output(profileOutput)
    .mutation(({ ctx, input }) => updatePreferences(ctx.db, input, ctx.actor)),
});
