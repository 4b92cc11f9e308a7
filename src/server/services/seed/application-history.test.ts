import { describe, expect, it } from 'vitest';
import { COMPANY_SIZES, REMOTE_TYPES } from '@/lib/validators/enums';
import { assertTransition } from '../applications/status-machine';
import { interviewLogit, simulateHistory, type ApplicationSetting } from './application-history';
import { createRng } from './random';

const NOW = new Date('2026-06-01T12:00:00Z');
const DAY = 86_400_000;

function setting(i: number, over: Partial<ApplicationSetting> = {}): ApplicationSetting {
  return {
    appliedAt: new Date(NOW.getTime() - (i % 120) * DAY - 3_600_000),
    matchScore: (i % 10) / 10,
    companySize: COMPANY_SIZES[i % COMPANY_SIZES.length] ?? null,
    remoteType: REMOTE_TYPES[i % REMOTE_TYPES.length] ?? 'onsite',
    industry: i % 2 ? 'Software' : null,
    salaryRatio: i % 3 ? 1 : null,
    seekerEffect: 0,
    recruitsHere: i % 4 === 0,
    ...over,
  };
}

describe('simulateHistory', () => {
  it('only makes moves the status machine allows, in time order, never after now', () => {
    const rng = createRng(5);
    for (let i = 0; i < 2000; i++) {
      const s = setting(i);
      const h = simulateHistory(rng, s, NOW);
      expect(h.events[0]).toMatchObject({ from: null, to: 'applied' });
      for (const [k, e] of h.events.entries()) {
        if (k === 0) continue;
        const previous = h.events[k - 1];
        expect(e.from).toBe(previous?.to);
        expect(() => assertTransition(e.from ?? 'saved', e.to, e.by, s.recruitsHere)).not.toThrow();
        expect(e.at.getTime()).toBeGreaterThan(previous?.at.getTime() ?? Infinity);
        expect(e.at.getTime()).toBeLessThanOrEqual(NOW.getTime());
      }
      expect(h.status).toBe(h.events.at(-1)?.to);
      const answer = h.events.find((e) => ['interview_scheduled', 'offer_received', 'rejected'].includes(e.to));
      expect(h.responseAt).toEqual(answer?.at ?? null);
    }
  });

  it("leaves a company that recruits here its own answers: no 'ghosted' on its applications", () => {
    const rng = createRng(7);
    const statuses = (recruitsHere: boolean) => {
      const seen = new Set<string>();
      for (let i = 0; i < 2000; i++) {
        const h = simulateHistory(rng, setting(i, { recruitsHere }), NOW);
        for (const e of h.events.slice(1)) seen.add(`${e.to}:${e.by}`);
      }
      return seen;
    };
    const here = statuses(true);
    expect([...here].filter((s) => s.startsWith('ghosted'))).toEqual([]);
    expect(here).toContain('interview_completed:employer');
    expect(here).not.toContain('interview_completed:seeker');
    expect(statuses(false)).toContain('ghosted:seeker');
  });

  it('gives better matches more interviews', () => {
    const rate = (matchScore: number) => {
      const rng = createRng(9);
      let interviews = 0;
      for (let i = 0; i < 3000; i++) {
        const h = simulateHistory(rng, setting(i, { matchScore, appliedAt: new Date(NOW.getTime() - 100 * DAY) }), NOW);
        if (h.events.some((e) => e.to === 'interview_scheduled')) interviews++;
      }
      return interviews / 3000;
    };
    expect(interviewLogit(setting(0, { matchScore: 0.9 }))).toBeGreaterThan(
      interviewLogit(setting(0, { matchScore: 0.4 })),
    );
    expect(rate(0.9)).toBeGreaterThan(rate(0.4) + 0.15);
  });
});
