import { describe, expect, it } from 'vitest';
import { criteriaFromParams } from './list-criteria';

describe('applications table criteria from the URL', () => {
  it('reads a date range given the wrong way round as the range it names', () => {
    const criteria = criteriaFromParams({ view: 'table', from: '2026-05-31', to: '2026-01-01' });
    expect(criteria).toMatchObject({ appliedFrom: '2026-01-01', appliedTo: '2026-05-31' });
  });

  it('keeps a range in order as it is, and drops only a parameter that is no date', () => {
    expect(criteriaFromParams({ from: '2026-01-01', to: '2026-05-31' })).toMatchObject({
      appliedFrom: '2026-01-01',
      appliedTo: '2026-05-31',
    });
    const half = criteriaFromParams({ from: 'yesterday', to: '2026-05-31', company: 'Acme' });
    expect(half).toMatchObject({ appliedTo: '2026-05-31', company: 'Acme' });
    expect(half.appliedFrom).toBeUndefined();
  });
});
