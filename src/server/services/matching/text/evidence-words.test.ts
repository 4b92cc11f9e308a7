import { describe, expect, it } from 'vitest';
import { evidenceTerms } from './evidence-words';
import { tokenize } from './tokenize';

describe('evidenceTerms', () => {
  it("shows the work's own words, not the filler of every job ad", () => {
    // Seen by a new seeker: "Words from your profile in this job: years, teams, based, Compare".
    const shared = tokenize('years React teams based TypeScript Compare growing Kubernetes experience role');
    expect(evidenceTerms(shared)).toEqual(tokenize('React TypeScript Kubernetes'));
  });
});
