import { describe, expect, it } from 'vitest';
import { createRng } from './random';
import { applySeniority, hasRank, singularOccupationTitle } from './titles';

describe('singularOccupationTitle', () => {
  it('singularizes simple plural titles', () => {
    expect(singularOccupationTitle('Software Developers')).toBe('Software Developer');
    expect(singularOccupationTitle('Secretaries')).toBe('Secretary');
    expect(singularOccupationTitle('Chief Executives')).toBe('Chief Executive');
    expect(singularOccupationTitle('Bus Drivers, School')).toBeNull();
    expect(singularOccupationTitle('Maids and Housekeeping Cleaners')).toBeNull();
  });
});

describe('applySeniority', () => {
  it('never stacks a rank on a ranked title', () => {
    const rng = createRng(1);
    for (let i = 0; i < 50; i++) {
      expect(applySeniority(rng, 'Nurse Manager', 'senior', 'full-time', 4)).toBe('Nurse Manager');
    }
    expect(hasRank('Senior Accountant')).toBe(true);
    expect(hasRank('Accountant')).toBe(false);
  });

  it('marks internships and leaves mid-level titles alone', () => {
    const rng = createRng(2);
    expect(applySeniority(rng, 'Data Analyst', 'junior', 'internship', 4)).toBe('Data Analyst Intern');
    expect(applySeniority(rng, 'Data Analyst', 'mid', 'full-time', 4)).toBe('Data Analyst');
  });
});
