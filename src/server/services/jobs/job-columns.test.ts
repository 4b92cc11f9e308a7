import { describe, expect, it } from 'vitest';
import { freshnessOf } from './job-columns';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 28);

describe('freshnessOf', () => {
  it.each([
    [0, 'new'],
    [7, 'new'],
    [7.01, 'recent'],
    [30, 'recent'],
    [30.01, 'older'],
    [400, 'older'],
  ] as const)('%d days old is %s', (days, label) => {
    expect(freshnessOf(new Date(now - days * DAY), now)).toBe(label);
  });
});
