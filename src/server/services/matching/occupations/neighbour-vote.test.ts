import { describe, expect, it } from 'vitest';
import { blendWithOwn, neighbourVote } from './neighbour-vote';

const NURSE = '29-1141.00';
const PRACTITIONER = '29-1171.00';
const DEVELOPER = '15-1252.00';
const guess = (code: string, confidence: number) => ({ code, title: code, confidence });

describe('neighbourVote', () => {
  it('weighs each job by its score and its guess, and only the best-scoring jobs vote', () => {
    const vote = neighbourVote(
      [
        { score: 0.9, occupations: [guess(NURSE, 0.8), guess(PRACTITIONER, 0.2)] },
        { score: 0.8, occupations: [guess(PRACTITIONER, 1)] },
        // Below the two best: no vote, however sure.
        { score: 0.1, occupations: [guess(DEVELOPER, 1)] },
      ],
      2,
    );
    // NURSE 0.9 x 0.8 = 0.72; PRACTITIONER 0.9 x 0.2 + 0.8 x 1 = 0.98; shares of 1.70.
    expect(vote.map((g) => g.code)).toEqual([PRACTITIONER, NURSE]);
    expect(vote[0]?.confidence).toBeCloseTo(0.98 / 1.7, 9);
    expect(vote[1]?.confidence).toBeCloseTo(0.72 / 1.7, 9);
    expect(vote[0]?.title).toBe('Nurse Practitioners');
  });

  it('keeps the strongest few, confidences summing to 1, and skips codes O*NET does not know', () => {
    const vote = neighbourVote(
      [
        {
          score: 0.5,
          occupations: [guess('99-9999.99', 1), guess(NURSE, 0.5), guess(DEVELOPER, 0.3), guess(PRACTITIONER, 0.2)],
        },
      ],
      10,
      2,
    );
    expect(vote.map((g) => g.code)).toEqual([NURSE, DEVELOPER]);
    expect(vote.reduce((s, g) => s + g.confidence, 0)).toBeCloseTo(1, 9);
  });

  it('settles equal scores by the raw cosine, then the job id, whatever order the jobs were found in', () => {
    const tied = [
      { jobId: 'b', score: 0.6, cosine: 0.1, occupations: [guess(DEVELOPER, 1)] },
      { jobId: 'a', score: 0.6, cosine: 0.1, occupations: [guess(NURSE, 1)] },
      { jobId: 'd', score: 0.6, cosine: 0.12, occupations: [guess(PRACTITIONER, 1)] },
      { jobId: 'c', score: 0.9, cosine: 0.3, occupations: [guess(DEVELOPER, 1)] },
    ];
    for (const order of [tied, [...tied].reverse()]) {
      // Two vote: c (best score), then d (best cosine among the ties).
      expect(neighbourVote(order, 2).map((g) => g.code)).toEqual([DEVELOPER, PRACTITIONER]);
      // Three: then a, the first id of the two left (b would have given DEVELOPER 1.5).
      expect(neighbourVote(order, 3).map((g) => g.code)).toEqual([DEVELOPER, NURSE, PRACTITIONER]);
    }
  });

  it('is empty when no job scores above zero or none has an occupation', () => {
    expect(neighbourVote([])).toEqual([]);
    expect(neighbourVote([{ score: 0, occupations: [guess(NURSE, 1)] }])).toEqual([]);
    expect(neighbourVote([{ score: 0.7, occupations: [] }])).toEqual([]);
  });

  it('blends the vote with the own guess as far as the own guess is sure', () => {
    const vote = [guess(PRACTITIONER, 0.9), guess(NURSE, 0.1)];
    // Sure of itself (0.8): the own first guess keeps first place.
    const sure = blendWithOwn([guess(NURSE, 0.8), guess(DEVELOPER, 0.2)], vote);
    expect(sure.map((g) => g.code)).toEqual([NURSE, PRACTITIONER, DEVELOPER]);
    // NURSE 0.8 x 0.8 + 0.2 x 0.1 = 0.66; PRACTITIONER 0.2 x 0.9 = 0.18; DEVELOPER 0.8 x 0.2 = 0.16.
    expect(sure[0]?.confidence).toBeCloseTo(0.66, 9);
    // Unsure (0.1): the jobs' reading wins, the own guess stays in the list. PRACTITIONER 0.9 x 0.9
    // = 0.81; NURSE 0.1 x 1/3 + 0.9 x 0.1 = 0.123; DEVELOPER 0.1 x 2/3 = 0.067.
    const unsure = blendWithOwn([guess(DEVELOPER, 0.1), guess(NURSE, 0.05)], vote);
    expect(unsure.map((g) => g.code)).toEqual([PRACTITIONER, NURSE, DEVELOPER]);
    expect(unsure[2]?.confidence).toBeCloseTo(0.1 / 1.5, 9);
    expect(unsure.reduce((s, g) => s + g.confidence, 0)).toBeCloseTo(1, 9);
    // No vote: the own guess unchanged.
    expect(blendWithOwn([guess(NURSE, 0.4)], [])).toEqual([guess(NURSE, 0.4)]);
  });
});
