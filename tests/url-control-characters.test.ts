/**
 * A link with an invisible control character in its text ("/jobs?q=analyst%07", typed, pasted or
 * hand-edited) answered 500: the pages passed the text to procedures that refuse it. Every page's URL
 * reader must hand the procedures text without one, keeping what the user can see.
 */
import { describe, expect, it } from 'vitest';
import { criteriaFromParams } from '@/app/applications/_components/list-criteria';
import { matchQuery } from '@/app/matches/match-query';
import { dashboardFilters } from '@/app/recruiter/dashboard-filters';
import { searchCriteriaFromParams } from '@/lib/validators/search';
import { findControlCharacter } from '@/server/api/control-characters';

const BELL = '\u0007';
const NUL = '\u0000';

describe('URL readers and control characters', () => {
  it('job search keeps the visible keywords and place', () => {
    const criteria = searchCriteriaFromParams(
      `q=analyst${encodeURIComponent(BELL)}&location=Aus${encodeURIComponent(NUL)}tin`,
    );
    expect(findControlCharacter(criteria)).toBeNull();
    expect(criteria).toMatchObject({ keywords: 'analyst', location: 'Austin' });
  });

  it('matches keep the place, from a shared link and from the form', () => {
    for (const f of [undefined, '1']) {
      const input = matchQuery({ location: `Berlin${BELL}`, f });
      expect(findControlCharacter(input)).toBeNull();
      expect(input.location).toBe('Berlin');
    }
    expect(matchQuery({ location: BELL }).location).toBeUndefined();
  });

  it("the recruiter's dashboard filter and the applications table keep the visible text", () => {
    const filters = dashboardFilters({ q: `Senior${NUL}` });
    expect(findControlCharacter(filters)).toBeNull();
    expect(filters.q).toBe('Senior');
    const criteria = criteriaFromParams({ company: `Acme${BELL}` });
    expect(findControlCharacter(criteria)).toBeNull();
    expect(criteria.company).toBe('Acme');
  });
});
