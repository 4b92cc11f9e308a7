import { describe, expect, it } from 'vitest';
import { dueSlot, latestSlot, parseSchedule } from './schedule';

describe('source schedules', () => {
  it('accepts intervals of 15 minutes or more and five-field cron expressions', () => {
    expect(parseSchedule('6h')).toMatchObject({ kind: 'interval', ms: 21_600_000 });
    expect(parseSchedule('15m')).not.toBeNull();
    expect(parseSchedule('5m')).toBeNull();
    expect(parseSchedule('0 */6 * * 1-5')?.kind).toBe('cron');
    for (const bad of ['', 'soon', '0 24 * * *', '* * *', '61 * * * *', '*/0 * * * *', '1-0 * * * *']) {
      expect(parseSchedule(bad)).toBeNull();
    }
  });

  it('finds the latest slot and says when a source is due', () => {
    const now = new Date('2026-12-03T13:47:10Z');
    const cron = parseSchedule('30 */6 * * *');
    expect(cron && latestSlot(cron, now)?.toISOString()).toBe('2026-12-03T12:30:00.000Z');
    expect(dueSlot('30 */6 * * *', null, now)?.toISOString()).toBe('2026-12-03T12:30:00.000Z');
    expect(dueSlot('30 */6 * * *', new Date('2026-12-03T12:31:00Z'), now)).toBeNull();
    expect(dueSlot('30 */6 * * *', new Date('2026-12-03T06:31:00Z'), now)).not.toBeNull();
    expect(dueSlot('1d', new Date('2026-12-03T00:00:00Z'), now)).toBeNull();
    expect(dueSlot('1d', new Date('2026-12-02T23:59:00Z'), now)?.toISOString()).toBe('2026-12-03T00:00:00.000Z');
  });
});
