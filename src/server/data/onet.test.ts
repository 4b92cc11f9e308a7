import { describe, expect, it } from 'vitest';
import { loadOnet } from './onet';

describe('loadOnet', () => {
  const data = loadOnet();

  it('holds every O*NET 29.2 occupation with its details', () => {
    expect(data.version).toBe('29.2');
    expect(data.attribution).toContain('CC BY 4.0');
    expect(data.occupations).toHaveLength(1016);
    const dev = data.occupations.find((o) => o.code === '15-1252.00');
    expect(dev?.title).toBe('Software Developers');
    expect(dev?.jobZone).toBe(4);
    expect(dev?.alternateTitles).toContain('Software Engineer');
    expect(dev?.tasks.length).toBeGreaterThan(10);
    expect(dev?.technologySkills.some((s) => s.name === 'Python' && s.hot)).toBe(true);
    expect(dev?.relatedOccupations[0]?.tier).toBe('primary-short');
  });

  it('respects the caps and orderings the build promises', () => {
    for (const o of data.occupations) {
      expect(o.alternateTitles.length).toBeLessThanOrEqual(40);
      expect(o.tasks.length).toBeLessThanOrEqual(20);
      expect(o.technologySkills.length).toBeLessThanOrEqual(40);
      const firstNonCore = o.tasks.findIndex((t) => t.type !== 'core');
      if (firstNonCore >= 0) expect(o.tasks.slice(firstNonCore).every((t) => t.type !== 'core')).toBe(true);
      const firstCold = o.technologySkills.findIndex((s) => !s.hot);
      if (firstCold >= 0) expect(o.technologySkills.slice(firstCold).every((s) => !s.hot)).toBe(true);
    }
  });

  it('is cached', () => {
    expect(loadOnet()).toBe(data);
  });
});
