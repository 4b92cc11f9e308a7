import { describe, expect, it } from 'vitest';
import { lacksAnEnd } from './role-length';

describe('lacksAnEnd', () => {
  it('flags a start with neither an end, nor "I work here now", nor a length', () => {
    const role = { startDate: '2017-06-01', endDate: null, isCurrent: false, durationMonths: null };
    expect(lacksAnEnd(role)).toBe(true);
    expect(lacksAnEnd({ ...role, isCurrent: true })).toBe(false);
    expect(lacksAnEnd({ ...role, endDate: '2019-01-01' })).toBe(false);
    expect(lacksAnEnd({ ...role, durationMonths: 24 })).toBe(false);
    expect(lacksAnEnd({ ...role, startDate: null })).toBe(false);
  });
});
