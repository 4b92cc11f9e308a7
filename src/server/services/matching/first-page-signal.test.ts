import { afterEach, describe, expect, it } from 'vitest';
import { firstPageRendered, notePageRendered } from './first-page-signal';

const reset = () => {
  delete (globalThis as { __gmjFirstPage?: unknown }).__gmjFirstPage;
};

describe('first page signal', () => {
  afterEach(reset);

  it('wakes a waiter when the first page renders, before its time limit', async () => {
    const waiting = firstPageRendered(60_000);
    let settled = false;
    void waiting.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
    notePageRendered();
    await expect(waiting).resolves.toBe('rendered');
  });

  it('answers at once after a page has rendered, and times out when none does', async () => {
    await expect(firstPageRendered(10)).resolves.toBe('timeout');
    notePageRendered();
    notePageRendered();
    await expect(firstPageRendered(60_000)).resolves.toBe('rendered');
  });
});
