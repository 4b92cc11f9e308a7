/**
 * The floor below which a text is not a resume: too few letters or words to hold even a name and one
 * job. Used after text extraction and again by the parser, so a blank paste or an image-only
 * document never turns into a draft (and never into placeholder data).
 */
import { resumeError } from './resume-errors';

const MIN_LETTERS = 40;
const MIN_WORDS = 6;

export function hasResumeContent(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const words = text.match(/\p{L}{2,}/gu)?.length ?? 0;
  return letters >= MIN_LETTERS && words >= MIN_WORDS;
}

export function assertResumeContent(text: string): void {
  if (!hasResumeContent(text)) {
    throw resumeError(
      'no_resume_content',
      'We could not find resume content in this file: it has too little text. Check that it is your resume, or paste the text instead.',
      { characters: text.trim().length },
    );
  }
}
