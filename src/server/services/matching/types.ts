/**
 * The matching engine's contracts. Occupation inference, the embedding model, the structured
 * score and the composite all speak these types; the database is read into them by
 * load-match-inputs.ts and nothing below them touches the database.
 */
import type { DatePrecision, JobType, RemoteType } from '@/lib/validators/enums';
import type { PreferenceMustHave } from '@/lib/validators/preference-must-haves';

/** One inferred O*NET occupation: its O*NET-SOC code and a confidence in (0, 1]. */
export interface OccupationGuess {
  code: string;
  /** O*NET title ("Software Developers"), for display. */
  title: string;
  confidence: number;
}

/** What matching knows about a seeker. Skill names are canonical (skills/taxonomy). */
export interface ProfileForMatching {
  userId: string;
  headline: string | null;
  /** The seeker's own summary / objective. */
  summary: string | null;
  careerGoals: string | null;
  /** O*NET-SOC codes the seeker confirmed; when set they are the seeker's occupations. */
  targetOccupations: string[];
  skills: { name: string; proficiencyLevel: number; yearsOfExperience: number }[];
  /** Latest first; imported roles may lack a title, a company or dates. */
  experience: {
    title: string | null;
    company: string | null;
    description: string | null;
    achievements: string[];
    startDate: string | null;
    endDate: string | null;
    isCurrent: boolean;
    durationMonths: number | null;
    endPrecision?: DatePrecision;
  }[];
  education: { degree: string | null; fieldOfStudy: string | null }[];
  /** Projects (name, description and highlights as one text) and certification names. */
  projects: string[];
  certifications: string[];
  /** Total years of professional experience (overlaps merged). */
  yearsOfExperience: number;
  /**
   * False when the seeker lists roles but none has dates or a stated length: their experience is
   * unknown, not zero, and is never scored or described as zero.
   */
  yearsOfExperienceKnown: boolean;
  preferences: {
    locations: string[];
    remoteTypes: RemoteType[];
    jobTypes: JobType[];
    /** Annual USD, normalized like jobs.salary_annual_usd; null when not given. */
    salaryMinAnnualUsd: number | null;
    /** The preferences that filter matches by default (matches-for-user.ts); absent: none. */
    mustHaves?: readonly PreferenceMustHave[];
    /** Jobs in other places are demoted, not ruled out (location-factor.ts); absent: false. */
    willingToRelocate?: boolean;
  };
  /** Inferred, most likely first; empty when the profile says too little. */
  occupations: OccupationGuess[];
}

/** What matching knows about a job. */
export interface JobForMatching {
  id: string;
  title: string;
  companyName: string;
  description: string;
  location: string;
  remoteType: RemoteType;
  jobType: JobType;
  /** Canonical skill names. */
  requiredSkills: string[];
  requiredYears: number;
  /** Midpoint, annual USD; null when unknown. */
  salaryAnnualUsd: number | null;
  occupations: OccupationGuess[];
}

export type MatchBand = 'Poor' | 'Fair' | 'Good' | 'Strong' | 'Great';

export type FactorName = 'semantic' | 'skills' | 'experience' | 'location' | 'salary';

/** One factor of the composite: its raw score in [0, 1], its weight, and weight x score. */
export interface FactorContribution {
  factor: FactorName;
  score: number;
  weight: number;
  /** score x weight; the contributions add up to the composite score. */
  contribution: number;
  /** One human sentence, e.g. "You have 4 of the 6 required skills". */
  summary: string;
}

export interface MatchExplanation {
  /** 0..1; equals the sum of the factor contributions. */
  composite: number;
  semantic: number | null;
  traditional: number;
  band: MatchBand;
  factors: FactorContribution[];
  occupationFit: {
    job: OccupationGuess | null;
    profile: OccupationGuess | null;
    relation: 'same' | 'related' | 'unrelated' | 'unknown';
  };
  matchedSkills: string[];
  /** Distinctive words of the seeker's profile that the job uses too (the lexical evidence). */
  sharedWords: string[];
  /** Most important first (see skill gap). */
  missingSkills: string[];
  experienceGap: { requiredYears: number; userYears: number; gapYears: number; userYearsKnown: boolean };
  location: { fit: 'match' | 'remote' | 'partial' | 'mismatch' | 'no-preference'; detail: string };
  salary: {
    fit: 'meets' | 'below' | 'unknown' | 'no-preference';
    jobAnnualUsd: number | null;
    expectedAnnualUsd: number | null;
  };
  /** True when the semantic part could not be computed (vector index down): structured only. */
  degraded: boolean;
}
