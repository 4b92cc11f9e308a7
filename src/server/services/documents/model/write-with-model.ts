/**
 * The language-model writer (AI SDK generateObject). The model gets the selected facts with
 * their ids and the job's requirements and returns wording that cites ids; sections it is not
 * asked to word (education, projects, certifications) come from the offline writer. A circuit
 * breaker (cockatiel) stops calling a failing model for a while; the caller falls back to the
 * offline writer on any error.
 */
import { generateObject, type LanguageModel } from 'ai';
import { ConsecutiveBreaker, circuitBreaker, handleAll, timeout, TimeoutStrategy, wrap } from 'cockatiel';
import type { CoverLetterContent, DocumentDate, ResumeContent, ResumeSection } from '@/lib/validators/documents';
import type { DocumentLength, DocumentTone } from '@/lib/validators/documents-api';
import type { JobRequirements } from '../extract-requirements';
import type { SeekerProfile } from '../profile-facts';
import type { SelectedFacts } from '../select-facts';
import { newestFirst, writeCoverLetterOffline, writeResumeOffline } from '../write-offline';
import { modelCoverLetter, modelResume } from './model-schemas';

/** Recorded with every version the model wrote: a prompt change is visible in the metadata. */
export const PROMPT_VERSION = 'documents-2026-12-v1';

const breaker = circuitBreaker(handleAll, { halfOpenAfter: 60_000, breaker: new ConsecutiveBreaker(3) });
const policy = wrap(breaker, timeout(45_000, TimeoutStrategy.Aggressive));

const SYSTEM = [
  'You tailor a job seeker\'s resume or cover letter to a job posting.',
  'Use ONLY the facts given. Never add an employer, job title, date, degree, skill, certification or number that is not in the facts.',
  'Every text item must list in factIds the ids of the facts it states. Keep titles, employers and dates exactly as given.',
  'You may reorder, shorten and reword achievements; you may not change their numbers.',
].join('\n');

function factsForPrompt(seeker: SeekerProfile, facts: SelectedFacts, req: JobRequirements) {
  return JSON.stringify({
    person: { headline: seeker.person.headline, summary: seeker.person.summary },
    experience: facts.experiences.map((e) => ({
      factId: e.factId,
      title: e.title,
      company: e.company,
      startDate: e.start.date,
      endDate: e.isCurrent ? 'present' : e.end.date,
      bullets: e.bullets.map((b) => b.text),
    })),
    skills: facts.skills.map((s) => ({ factId: s.factId, name: s.name, requiredByJob: s.required })),
    job: {
      title: req.title,
      company: req.company,
      requiredSkills: req.requiredSkills.map((s) => s.name),
      preferredSkills: req.preferredSkills.map((s) => s.name),
      responsibilities: req.responsibilities,
      years: req.years,
    },
  });
}

/** "2021-03" / "2021-03-15" / "2021" -> an ISO date; anything else -> null. */
function parseModelDate(value: string | null, precision: DocumentDate['precision']): DocumentDate {
  const m = value?.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/);
  if (!m) return { date: null, precision: 'unknown' };
  return { date: `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`, precision };
}

export interface ModelWriteOptions {
  model: LanguageModel;
  tone: DocumentTone;
  length: DocumentLength;
  abortSignal?: AbortSignal;
}

export async function writeResumeWithModel(
  seeker: SeekerProfile,
  facts: SelectedFacts,
  req: JobRequirements,
  opts: ModelWriteOptions,
): Promise<ResumeContent> {
  const { object } = await policy.execute(({ signal }) =>
    generateObject({
      model: opts.model,
      schema: modelResume,
      system: SYSTEM,
      prompt: `Write a ${opts.length} ${opts.tone} resume for this job from these facts:\n${factsForPrompt(seeker, facts, req)}`,
      abortSignal: opts.abortSignal ?? signal,
      maxRetries: 1,
    }),
  );
  const base = writeResumeOffline(seeker, facts);
  const precisionOf = new Map(facts.experiences.map((e) => [e.factId, e]));
  const fromModel: ResumeSection[] = [];
  if (object.summary.length) fromModel.push({ type: 'summary', title: 'Summary', paragraphs: object.summary });
  if (object.experience.length) {
    fromModel.push({
      type: 'experience',
      title: 'Experience',
      // The model may order roles by relevance: a resume lists them newest first.
      items: newestFirst(object.experience.map((e) => {
        const known = precisionOf.get(e.factId);
        return {
          factId: e.factId,
          title: e.title,
          company: e.company,
          location: known?.location ?? null,
          start: parseModelDate(e.startDate, known?.start.precision ?? 'month'),
          end: e.endDate === 'present' ? { date: null, precision: 'unknown' } : parseModelDate(e.endDate, known?.end.precision ?? 'month'),
          isCurrent: known?.isCurrent ?? e.endDate === 'present',
          bullets: e.bullets,
        };
      })),
    });
  }
  if (object.skills.length) fromModel.push({ type: 'skills', title: 'Skills', items: object.skills });
  const worded = new Set(fromModel.map((s) => s.type));
  return { ...base, sections: [...fromModel, ...base.sections.filter((s) => !worded.has(s.type))] };
}

/** As the offline letter's lengths (write-offline.ts): the model is asked for the same shape. */
const LETTER_ACHIEVEMENTS: Record<DocumentLength, string> = {
  short: 'one matching achievement',
  standard: 'two matching achievements',
  detailed: 'four matching achievements and a relevant project or certification',
};

export async function writeCoverLetterWithModel(
  seeker: SeekerProfile,
  facts: SelectedFacts,
  req: JobRequirements,
  opts: ModelWriteOptions,
): Promise<CoverLetterContent> {
  const { object } = await policy.execute(({ signal }) =>
    generateObject({
      model: opts.model,
      schema: modelCoverLetter,
      system: SYSTEM,
      prompt: `Write a ${opts.length} ${opts.tone} cover letter for this job: why this role, ${LETTER_ACHIEVEMENTS[opts.length]}, a close.\n${factsForPrompt(seeker, facts, req)}`,
      abortSignal: opts.abortSignal ?? signal,
      maxRetries: 1,
    }),
  );
  const base = writeCoverLetterOffline(seeker, facts, req, opts.tone, opts.length);
  return { ...base, greeting: object.greeting, paragraphs: object.paragraphs, closing: object.closing };
}
