/**
 * JSON Resume v1.0.0 (https://jsonresume.org/schema) in both directions: export a profile, import a
 * JSON Resume as a draft.
 */
export { draftToJsonResume, LANGUAGE_FLUENCY, PROFICIENCY_LEVELS, type ProfileForExport } from './json-resume-export';
export { jsonResumeToDraft } from './json-resume-import';
