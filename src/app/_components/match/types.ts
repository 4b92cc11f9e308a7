import type { MatchExplanationOutput } from '@/lib/validators/matching';

export type MatchBadgeOutput = Pick<MatchExplanationOutput, 'composite' | 'band'>;
