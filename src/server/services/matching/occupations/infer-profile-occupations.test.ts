import { describe, expect, it } from 'vitest';
import { profileOccupationInput } from '../load-match-inputs';
import { makeProfile } from '../scoring/test-fixtures';
import { DEFAULT_INFERENCE, scoreOccupations } from './infer-occupations';
import { inferProfileOccupations, type ProfileOccupationInput } from './infer-profile-occupations';

const LAWYERS = '23-1011.00';

const profile = (p: Partial<ProfileOccupationInput>): ProfileOccupationInput => ({
  headline: null,
  summary: null,
  careerGoals: null,
  roles: [],
  education: [],
  skills: [],
  targets: [],
  ...p,
});

describe('inferProfileOccupations', () => {
  it('reads an "Advocate" who argues in court as a lawyer (the title outside the US)', () => {
    const guesses = inferProfileOccupations(
      profile({
        headline: 'Advocate',
        roles: [
          {
            title: 'Advocate',
            text: 'Advocate\nCriminal lawyer (law firm)\nDrafting petitions and arguing bail applications in the High Court; civil and criminal litigation.',
            years: 3,
          },
        ],
        education: ['LLB Law'],
        skills: ['Legal Research', 'Litigation'],
      }),
      3,
    );
    expect(guesses.map((g) => g.code)).toContain(LAWYERS);
  });

  it("reads the employer's line of work from an imported role that has no title", () => {
    const seeker = makeProfile({
      experience: [
        {
          title: null,
          company: 'Criminal lawyer (law firm)',
          description: null,
          achievements: [],
          startDate: null,
          endDate: null,
          isCurrent: false,
          durationMonths: null,
        },
      ],
    });
    expect(profileOccupationInput(seeker).roles[0]?.text).toContain('Criminal lawyer (law firm)');
  });

  it('keeps a seeker-confirmed occupation first whatever the profile says', () => {
    const guesses = inferProfileOccupations(profile({ headline: 'Advocate', targets: ['29-1141.00'] }), 3);
    expect(guesses[0]?.code).toBe('29-1141.00');
  });
});

describe('scoreOccupations', () => {
  it('names each occupation once when a signal is weighted 0', () => {
    // Title-only scoring (weights text 0, skills 0) still tokenizes the title as text.
    const titlesOnly = { ...DEFAULT_INFERENCE, weights: { title: 1, text: 0, skills: 0 } };
    const ids = scoreOccupations({ title: 'Java Developer' }, 60, titlesOnly).map(([id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
