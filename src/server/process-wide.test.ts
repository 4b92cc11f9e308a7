/**
 * Next gives each route bundle its own copy of a module; a fresh module registry here stands in
 * for a second bundle. The indexes built from the shipped data must come back as the same object
 * in both, not be built again.
 */
import { describe, expect, it, vi } from 'vitest';
import { processWide } from './process-wide';

describe('processWide', () => {
  it('builds once per process, whichever copy of the module asks', () => {
    let builds = 0;
    const name = `test-${Math.random().toString(36).slice(2)}`;
    const first = processWide(name, () => ({ built: ++builds }));
    const second = processWide(name, () => ({ built: ++builds }));
    expect(first()).toBe(second());
    expect(first()).toEqual({ built: 1 });
    expect(builds).toBe(1);
  });

  it('tries again after a build that threw', () => {
    const name = `test-${Math.random().toString(36).slice(2)}`;
    let attempts = 0;
    const get = processWide(name, () => {
      attempts++;
      if (attempts === 1) throw new Error('data file not readable yet');
      return 'ready';
    });
    expect(() => get()).toThrow(/not readable/);
    expect(get()).toBe('ready');
  });

  it('the skill index, the occupation index and the O*NET data are one per process', async () => {
    const skills = await import('@/server/services/skills/skill-index');
    const occupations = await import('@/server/services/matching/occupations/occupation-index');
    const onet = await import('@/server/data/onet');
    const before = [skills.getSkillIndex(), occupations.getOccupationIndex(), onet.loadOnet()];
    vi.resetModules();
    const skillsAgain = await import('@/server/services/skills/skill-index');
    const occupationsAgain = await import('@/server/services/matching/occupations/occupation-index');
    const onetAgain = await import('@/server/data/onet');
    expect(skillsAgain).not.toBe(skills);
    expect(skillsAgain.getSkillIndex()).toBe(before[0]);
    expect(occupationsAgain.getOccupationIndex()).toBe(before[1]);
    expect(onetAgain.loadOnet()).toBe(before[2]);
  });
});
