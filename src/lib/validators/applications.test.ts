import { describe, expect, it } from 'vitest';
import { earliestToday, listApplicationsInput, setFollowUpInput, updateNotesInput } from './applications';

const id = '00000000-0000-4000-8000-000000000000';

describe('earliestToday', () => {
  it('is the date in UTC-12, the last time zone still on the previous day', () => {
    expect(earliestToday(Date.parse('2026-03-02T11:59:00Z'))).toBe('2026-03-01');
    expect(earliestToday(Date.parse('2026-03-02T12:00:00Z'))).toBe('2026-03-02');
  });
});

describe('setFollowUpInput', () => {
  it('reads an empty date as "clear"', () => {
    expect(setFollowUpInput.parse({ applicationId: id, date: '' }).date).toBeNull();
    expect(setFollowUpInput.parse({ applicationId: id, date: null }).date).toBeNull();
  });

  it('gives one message per mistake', () => {
    const messages = (date: string) =>
      setFollowUpInput.safeParse({ applicationId: id, date }).error?.issues.map((i) => i.message);
    expect(messages('next tuesday')).toEqual(['Use a date like 2026-03-01.']);
    expect(messages('2001-01-01')).toEqual(['Pick today or a later date.']);
    expect(messages('2999-01-01')).toEqual(['Pick a date within the next year.']);
    // A five-digit year is malformed, not "earlier than today" (it sorts before 2026 as text).
    expect(messages('20250-01-01')).toEqual(['Use a date like 2026-03-01.']);
  });
});

describe('updateNotesInput', () => {
  it('keeps 10,000 characters and says how many a longer note has', () => {
    expect(updateNotesInput.parse({ applicationId: id, notes: 'x'.repeat(10_000) }).notes).toHaveLength(10_000);
    const error = updateNotesInput.safeParse({ applicationId: id, notes: 'x'.repeat(10_005) }).error;
    expect(error?.issues.map((i) => i.message)).toEqual(['Notes hold at most 10,000 characters; these have 10,005.']);
  });
});

describe('listApplicationsInput', () => {
  it('deduplicates statuses and treats an empty list as no filter', () => {
    expect(listApplicationsInput.parse({ status: ['applied', 'applied'] }).status).toEqual(['applied']);
    expect(listApplicationsInput.parse({ status: [] }).status).toBeUndefined();
  });
});
