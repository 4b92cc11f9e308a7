import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@/lib/validators/enums';
import { AppError } from '@/server/errors';
import { FINAL_APPLICATION_STATUSES } from '@/lib/validators/application-status';
import { allowedMoves, assertTransition, FINAL_STATUSES, nextStatuses } from './status-machine';

/**
 * The specification, written out independently of TRANSITIONS: "from>to" -> who may make it.
 * S = the seeker only, B = the seeker or the hiring company. Every pair not listed is illegal.
 */
const SPEC: Record<string, 'S' | 'B'> = {
  'saved>applied': 'S',
  'saved>withdrawn': 'S',
  'applied>interview_scheduled': 'B',
  'applied>offer_received': 'B',
  'applied>rejected': 'B',
  'applied>withdrawn': 'S',
  'applied>ghosted': 'S',
  'interview_scheduled>interview_completed': 'B',
  'interview_scheduled>rejected': 'B',
  'interview_scheduled>withdrawn': 'S',
  'interview_scheduled>ghosted': 'S',
  'interview_completed>interview_scheduled': 'B',
  'interview_completed>offer_received': 'B',
  'interview_completed>rejected': 'B',
  'interview_completed>withdrawn': 'S',
  'interview_completed>ghosted': 'S',
  'offer_received>accepted': 'S',
  'offer_received>rejected': 'B',
  'offer_received>withdrawn': 'S',
  'ghosted>interview_scheduled': 'B',
  'ghosted>offer_received': 'B',
  'ghosted>rejected': 'B',
};

const pairs = APPLICATION_STATUSES.flatMap((from) => APPLICATION_STATUSES.map((to) => [from, to] as const));

function outcome(from: ApplicationStatus, to: ApplicationStatus, party: 'seeker' | 'employer', companyHere = false) {
  try {
    assertTransition(from, to, party, companyHere);
    return 'ok';
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return err.code;
  }
}

describe('application status machine', () => {
  it.each(pairs)('%s -> %s follows the specification for both parties', (from, to) => {
    const rule = SPEC[`${from}>${to}`];
    expect(outcome(from, to, 'seeker')).toBe(rule ? 'ok' : 'CONFLICT');
    expect(outcome(from, to, 'employer')).toBe(rule === 'B' ? 'ok' : rule === 'S' ? 'FORBIDDEN' : 'CONFLICT');
  });

  it.each(pairs)(
    '%s -> %s, where the company recruits here: the applicant only applies, withdraws and accepts',
    (from, to) => {
      const rule = SPEC[`${from}>${to}`];
      const own = ['applied', 'withdrawn', 'accepted'].includes(to);
      expect(outcome(from, to, 'seeker', true)).toBe(!rule ? 'CONFLICT' : own ? 'ok' : 'FORBIDDEN');
      // The company's own moves do not change.
      expect(outcome(from, to, 'employer', true)).toBe(outcome(from, to, 'employer'));
    },
  );

  it('tells an applicant why the company records its answers, and what they can do instead', () => {
    expect(allowedMoves('applied', 'seeker', true)).toEqual(['withdrawn']);
    expect(allowedMoves('offer_received', 'seeker', true)).toEqual(['accepted', 'withdrawn']);
    expect(allowedMoves('saved', 'seeker', true)).toEqual(['applied', 'withdrawn']);
    expect(allowedMoves('ghosted', 'seeker', true)).toEqual([]);
    expect(() => assertTransition('applied', 'ghosted', 'seeker', true)).toThrow(
      /recruits on GiveMeJobs, so its answer will show here.*Withdraw it/,
    );
    expect(() => assertTransition('applied', 'offer_received', 'seeker', true)).toThrow(
      'The hiring company recruits on GiveMeJobs: its recruiters move this application to Offer received, and your board follows.',
    );
    try {
      assertTransition('interview_scheduled', 'interview_completed', 'seeker', true);
    } catch (err) {
      expect((err as AppError).details?.reason).toBe('company_answers_here');
    }
    expect.assertions(7);
  });

  it("lists only the applicant's own moves when refusing an illegal one where the company recruits here", () => {
    expect(() => assertTransition('applied', 'accepted', 'seeker', true)).toThrow(
      'Cannot move an application from Applied to Accepted. From Applied it can move to: Withdrawn.',
    );
    // Nothing left for the applicant is not the same as final.
    expect(() => assertTransition('ghosted', 'withdrawn', 'seeker', true)).toThrow(
      /^Cannot move an application from Ghosted to Withdrawn\.$/,
    );
  });

  it('lists the moves each party may make in pipeline order', () => {
    expect(allowedMoves('applied', 'seeker', false)).toEqual([
      'interview_scheduled',
      'offer_received',
      'rejected',
      'withdrawn',
      'ghosted',
    ]);
    expect(allowedMoves('applied', 'employer', false)).toEqual(['interview_scheduled', 'offer_received', 'rejected']);
    expect(allowedMoves('saved', 'employer', false)).toEqual([]);
    expect(allowedMoves('offer_received', 'employer', false)).toEqual(['rejected']);
    for (const from of APPLICATION_STATUSES) expect(nextStatuses(from)).toEqual(allowedMoves(from, 'seeker', false));
  });

  it('treats accepted, rejected and withdrawn as final', () => {
    expect([...FINAL_STATUSES].sort()).toEqual(['accepted', 'rejected', 'withdrawn']);
    // The browser's copy (it asks before a final move) names the same statuses.
    expect([...FINAL_APPLICATION_STATUSES].sort()).toEqual([...FINAL_STATUSES].sort());
  });

  it('names from and to in its refusals', () => {
    expect(() => assertTransition('applied', 'accepted', 'seeker', false)).toThrow(
      'Cannot move an application from Applied to Accepted. From Applied it can move to: Interview scheduled, Offer received, Rejected, Withdrawn, Ghosted.',
    );
    expect(() => assertTransition('rejected', 'applied', 'seeker', false)).toThrow(
      'Cannot move an application from Rejected to Applied: Rejected is final.',
    );
    expect(() => assertTransition('applied', 'withdrawn', 'employer', false)).toThrow(
      'Only the applicant can move an application from Applied to Withdrawn.',
    );
    expect(() => assertTransition('interview_scheduled', 'interview_scheduled', 'seeker', false)).toThrow(
      'This application is already Interview scheduled.',
    );
  });

  it('gives the UI a machine-readable reason', () => {
    const reasons = (['rejected', 'saved', 'applied'] as const).map((from) => {
      try {
        assertTransition(from, from === 'applied' ? 'accepted' : 'interview_completed', 'seeker', false);
      } catch (err) {
        return (err as AppError).details?.reason;
      }
      return undefined;
    });
    expect(reasons).toEqual(['final_status', 'illegal_transition', 'illegal_transition']);
  });
});
