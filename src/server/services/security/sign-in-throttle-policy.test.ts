import { describe, expect, it } from 'vitest';
import { ALL_ADDRESSES, blockedUntil, delayAfter, nextFailureCount, SIGN_IN_THROTTLE } from './sign-in-throttle-policy';

const at = (s: number) => new Date(Date.UTC(2026, 0, 1) + s * 1000);

describe('sign-in throttle policy', () => {
  it('lets the first failures through, then doubles the wait up to the cap', () => {
    expect([0, 1, 2].map(delayAfter)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6, 10].map(delayAfter)).toEqual([1, 2, 4, 8, 128]);
    expect(delayAfter(40)).toBe(SIGN_IN_THROTTLE.MAX_DELAY_SECONDS);
  });

  it('blocks a pair until last failure + delay, and forgets it after a quiet day', () => {
    const row = { address: '203.0.113.5', failures: 5, lastFailedAt: at(0) };
    expect(blockedUntil(row, at(1))).toEqual(at(4));
    expect(blockedUntil(row, at(4))).toBeNull();
    expect(nextFailureCount(row, at(10))).toBe(6);
    expect(nextFailureCount(row, at(SIGN_IN_THROTTLE.FORGET_AFTER_SECONDS + 1))).toBe(1);
  });

  it('locks the whole account only at the botnet threshold, for the window after the last failure', () => {
    const below = { address: ALL_ADDRESSES, failures: SIGN_IN_THROTTLE.ACCOUNT_LOCK_FAILURES - 1, lastFailedAt: at(0) };
    expect(blockedUntil(below, at(1))).toBeNull();
    const locked = { ...below, failures: SIGN_IN_THROTTLE.ACCOUNT_LOCK_FAILURES };
    expect(blockedUntil(locked, at(1))).toEqual(at(SIGN_IN_THROTTLE.ACCOUNT_WINDOW_SECONDS));
    expect(nextFailureCount(locked, at(SIGN_IN_THROTTLE.ACCOUNT_WINDOW_SECONDS + 1))).toBe(1);
  });
});
