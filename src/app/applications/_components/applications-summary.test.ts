import { describe, expect, it } from 'vitest';
import { applicationsSummary } from './applications-summary';

const items = (statuses: string[]) => statuses.map((status) => ({ status }));

describe('applicationsSummary', () => {
  it('counts saved jobs apart from applications', () => {
    // "43 applications" over a board with 3 saved jobs, beside analytics' "40 applied or later" (a walk).
    expect(applicationsSummary({ total: 4, items: items(['saved', 'applied', 'offer_received', 'saved']) })).toBe(
      '2 applications · 2 saved jobs',
    );
    expect(applicationsSummary({ total: 1, items: items(['applied']) })).toBe('1 application');
    expect(applicationsSummary({ total: 1, items: items(['saved']) })).toBe('1 saved job');
    expect(applicationsSummary({ total: 0, items: [] })).toBe('0 applications');
  });

  it('names both kinds when only part of the list is shown', () => {
    expect(applicationsSummary({ total: 43, items: items(Array.from({ length: 20 }, () => 'applied')) })).toBe(
      'Showing 20 of 43 applications and saved jobs',
    );
  });
});
