import { z } from 'zod';
import { APPLICATION_STATUSES, JOB_TYPES, REMOTE_TYPES } from './enums';
import { jobSummary } from './jobs';
import { PREFERENCE_MUST_HAVES } from './preference-must-haves';

export const MATCH_BANDS = ['Poor', 'Fair', 'Good', 'Strong', 'Great'] as const;
export const MATCH_FACTORS = ['semantic', 'skills', 'experience', 'location', 'salary'] as const;

const unit = z.number().min(0).max(1);

export const occupationGuess = z.object({ code: z.string(), title: z.string(), confidence: unit });
export type OccupationGuessOutput = z.infer<typeof occupationGuess>;

export const matchExplanation = z.object({
  composite: unit,
  semantic: unit.nullable(),
  traditional: unit,
  band: z.enum(MATCH_BANDS),
  factors: z.array(
    z.object({
      factor: z.enum(MATCH_FACTORS),
      score: unit,
      weight: unit,
      contribution: unit,
      summary: z.string(),
      /**
       * False where the reader may not see what the factor compares (a recruiter: the candidate's
       * places and salary are private); its points are then the same for every candidate.
       */
      compared: z.boolean().optional(),
    }),
  ),
  occupationFit: z.object({
    job: occupationGuess.nullable(),
    profile: occupationGuess.nullable(),
    relation: z.enum(['same', 'related', 'unrelated', 'unknown']),
  }),
  matchedSkills: z.array(z.string()),
  /** Distinctive words of the seeker's profile that the job uses too. */
  sharedWords: z.array(z.string()),
  missingSkills: z.array(z.string()),
  experienceGap: z.object({
    requiredYears: z.number(),
    userYears: z.number(),
    gapYears: z.number(),
    /** False when the seeker's roles have no dates: userYears is then unknown, not zero. */
    userYearsKnown: z.boolean(),
  }),
  location: z.object({
    fit: z.enum(['match', 'remote', 'partial', 'mismatch', 'no-preference']),
    detail: z.string(),
  }),
  salary: z.object({
    fit: z.enum(['meets', 'below', 'unknown', 'no-preference']),
    jobAnnualUsd: z.number().nullable(),
    expectedAnnualUsd: z.number().nullable(),
  }),
  degraded: z.boolean(),
});
export type MatchExplanationOutput = z.infer<typeof matchExplanation>;

export const skillGapItem = z.object({ skill: z.string(), importance: unit, reason: z.string() });

/**
 * Filters for "jobs for me". A filter left out defaults to the seeker's saved preference when they
 * marked it a must-have (and to nothing otherwise); one given wins, so the page can widen the
 * must-haves: [] for any arrangement or job type, null for no salary floor, false for any place.
 */
/** The matches page shows this many, and "Show more" this many more, up to MATCHES_MAX. */
export const MATCHES_PAGE = 20;
/** As many as the workflows store per seeker (materialize-scores.ts STORED_MATCHES). */
export const MATCHES_MAX = 100;

export const matchesForMeInput = z.object({
  limit: z.number().int().min(1).max(MATCHES_MAX, `At most ${MATCHES_MAX} matches at a time.`).default(MATCHES_PAGE),
  /** One place typed on the page; it replaces the preferred places for this request. */
  location: z.string().trim().max(100, 'Location is too long.').optional(),
  remoteTypes: z.array(z.enum(REMOTE_TYPES)).max(REMOTE_TYPES.length).optional(),
  jobTypes: z.array(z.enum(JOB_TYPES)).max(JOB_TYPES.length).optional(),
  /** Annual USD. */
  salaryMin: z.number().int().min(0).max(10_000_000).nullable().optional(),
  includeUnknownSalary: z.boolean().default(true),
  /** Only jobs in the seeker's preferred places, or remote ones when remote suits them. */
  preferredPlacesOnly: z.boolean().optional(),
});
export type MatchesForMeInput = z.input<typeof matchesForMeInput>;

export const jobMatch = z.object({ job: jobSummary, match: matchExplanation });

/** The seeker's application to the job, once past "saved": the card shows it instead of a new match. */
export const matchApplication = z.object({ id: z.uuid(), status: z.enum(APPLICATION_STATUSES) });

/** The filters a match list was computed with, after must-haves were applied: what the page shows. */
export const appliedMatchFilters = z.object({
  /** [] means any. */
  remoteTypes: z.array(z.enum(REMOTE_TYPES)),
  jobTypes: z.array(z.enum(JOB_TYPES)),
  /** Annual USD; null: no floor. */
  salaryMin: z.number().nullable(),
  includeUnknownSalary: z.boolean(),
  location: z.string().nullable(),
  /** The preferred places the list is limited to; [] when it is not. */
  places: z.array(z.string()),
  /** Remote jobs pass the places limit (the seeker accepts remote work). */
  placesIncludeRemote: z.boolean(),
  /** The filters above that come from the seeker's saved must-haves. */
  fromMustHaves: z.array(z.enum(PREFERENCE_MUST_HAVES)),
});
export type AppliedMatchFilters = z.infer<typeof appliedMatchFilters>;

export const matchesForMeOutput = z.object({
  items: z.array(jobMatch.extend({ application: matchApplication.nullable() })),
  /** The vector index was unavailable: structured scores only. */
  degraded: z.boolean(),
  /** Why the list is empty or thin ("Add skills or experience to your profile…"), or null. */
  hint: z.string().nullable(),
  profileOccupation: occupationGuess.nullable(),
  filters: appliedMatchFilters,
});
export type MatchesForMeOutput = z.infer<typeof matchesForMeOutput>;

export const matchForJobInput = z.object({ jobId: z.uuid('Not a valid job id.') });

export const matchForJobOutput = z.object({
  jobId: z.uuid(),
  match: matchExplanation,
  skillGap: z.array(skillGapItem),
  jobOccupations: z.array(occupationGuess),
  profileOccupations: z.array(occupationGuess),
});
export type MatchForJobOutput = z.infer<typeof matchForJobOutput>;

export const applicantsForJobInput = z.object({ jobId: z.uuid('Not a valid job id.') });

/** What a recruiter sees of an applicant: name and headline, the match, never contact details. */
export const rankedApplicant = z.object({
  applicationId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  headline: z.string().nullable(),
  status: z.enum(APPLICATION_STATUSES),
  /** The stages the recruiter may move this applicant to now. */
  allowedMoves: z.array(z.enum(APPLICATION_STATUSES)),
  appliedAt: z.date().nullable(),
  match: matchExplanation,
  /** No skills, roles or headline: the match compares nothing of theirs, and they are listed last. */
  emptyProfile: z.boolean(),
});

export const applicantsForJobOutput = z.object({
  jobId: z.uuid(),
  items: z.array(rankedApplicant),
  degraded: z.boolean(),
});
export type ApplicantsForJobOutput = z.infer<typeof applicantsForJobOutput>;

/** Compact per-job badge for lists (job cards). */
export const matchBadge = z.object({ jobId: z.uuid(), composite: unit, band: z.enum(MATCH_BANDS) });
export const matchBadgesInput = z.object({ jobIds: z.array(z.uuid()).max(100) });
export const matchBadgesOutput = z.array(matchBadge);
