import { z } from 'zod';
import { contactLocationText, linkList, phoneText } from './contact';
import {
  addEducationInput,
  addExperienceInput,
  addSkillInput,
  certificationFields,
  headlineText,
  projectFields,
  summaryText,
} from './profile';
import { RESUME_MAX_BYTES, resumePasteInput } from './resume';

/** Base64 grows bytes by 4/3; anything past 6 MiB decoded is refused before decoding. */
const MAX_BASE64_CHARS = Math.ceil(((RESUME_MAX_BYTES * 6) / 5) * (4 / 3));

export const resumeUploadInput = z.union([
  z.object({
    filename: z.string().trim().min(1).max(255, 'File name is too long.'),
    declaredType: z.string().max(200).optional(),
    contentBase64: z
      .string()
      .min(1, 'The file is empty.')
      .max(MAX_BASE64_CHARS, `The file is too large: the limit is ${RESUME_MAX_BYTES / (1024 * 1024)} MB.`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The upload is corrupted (not base64).'),
  }),
  resumePasteInput,
]);
export type ResumeUploadInput = z.input<typeof resumeUploadInput>;

/** What the user keeps after reviewing the draft; each part is validated like its profile form. */
export const commitResumeImportInput = z.object({
  headline: headlineText.nullish(),
  summary: summaryText.nullish(),
  // Contact details, each saved only where the profile has none yet.
  phone: phoneText.nullish(),
  location: contactLocationText.nullish(),
  links: linkList.default([]),
  skills: z.array(addSkillInput).max(200, 'At most 200 skills at once.').default([]),
  experience: z.array(addExperienceInput).max(50, 'At most 50 roles at once.').default([]),
  education: z.array(addEducationInput).max(30, 'At most 30 education entries at once.').default([]),
  projects: z.array(projectFields).max(50, 'At most 50 projects at once.').default([]),
  certifications: z.array(certificationFields).max(50, 'At most 50 certifications at once.').default([]),
});
export type CommitResumeImportInput = z.input<typeof commitResumeImportInput>;

const importCounts = z.object({
  skills: z.number().int(),
  experience: z.number().int(),
  education: z.number().int(),
  projects: z.number().int(),
  certifications: z.number().int(),
});
export const commitResumeImportOutput = z.object({
  added: importCounts,
  skipped: importCounts,
});
export type CommitResumeImportOutput = z.infer<typeof commitResumeImportOutput>;

/** A JSON Resume document, as pasted text or an uploaded .json file's contents. */
export const jsonResumeImportInput = z.object({
  json: z.string().min(2, 'The file is empty.').max(2_000_000, 'A JSON Resume must be under 2 MB.'),
});
