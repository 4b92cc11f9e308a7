/**
 * Whether this server process has rendered a page yet. On a fresh clone's first start, making the
 * demo jobs matchable (prepare-in-background.ts) competed with Next compiling the first page for
 * the machine's cores, and the first page waited for both. So the preparation waits until a page
 * has been sent, or a time limit when nobody opens one. Kept on globalThis: the root layout
 * and the instrumentation hook are separate module instances in one process.
 */
/**
 * How long work that waits for the first page waits when nobody opens one: beside Next compiling
 * that page it took the CPU the compile needed.
 */
export const FIRST_PAGE_WAIT_MS = 20_000;

interface Signal {
  rendered: boolean;
  waiters: (() => void)[];
}

const holder = globalThis as unknown as { __gmjFirstPage?: Signal };
const signal = (): Signal => (holder.__gmjFirstPage ??= { rendered: false, waiters: [] });

/** Called after the root layout's response has been sent, on every page; only the first counts. */
export function notePageRendered(): void {
  const s = signal();
  if (s.rendered) return;
  s.rendered = true;
  for (const wake of s.waiters.splice(0)) wake();
}

/** Resolves once a page has been rendered, or after `timeoutMs`, saying which came first. */
export function firstPageRendered(timeoutMs: number): Promise<'rendered' | 'timeout'> {
  const s = signal();
  if (s.rendered) return Promise.resolve('rendered');
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), timeoutMs);
    timer.unref();
    s.waiters.push(() => {
      clearTimeout(timer);
      resolve('rendered');
    });
  });
}
