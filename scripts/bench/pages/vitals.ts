/**
 * LCP, CLS and total blocking time of one page load, read in the page with PerformanceObserver
 * (the observers are installed before any of the page's scripts run, so no entry is missed).
 * TBT is the sum of each long task's time past 50 ms from first contentful paint on; the page is
 * read once it has loaded and the main thread has been quiet for QUIET_MS (no new long task).
 */
import type { Page } from '@playwright/test';

export interface Vitals {
  lcp_ms: number;
  cls: number;
  tbt_ms: number;
}

export const OBSERVERS = `(() => {
  const v = { lcp: 0, cls: 0, fcp: 0, longTasks: [], lastLongTaskEnd: 0 };
  window.__vitals = v;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) v.lcp = e.renderTime || e.loadTime || e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) v.cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') v.fcp = e.startTime; })
    .observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) { v.longTasks.push([e.startTime, e.duration]); v.lastLongTaskEnd = e.startTime + e.duration; }
  }).observe({ type: 'longtask', buffered: true });
})();`;

const QUIET_MS = 1_000;

interface InPage {
  lcp: number;
  cls: number;
  fcp: number;
  longTasks: [number, number][];
  lastLongTaskEnd: number;
}

/** Loads `url` in `page` (which has OBSERVERS as an init script) and reads its vitals. */
export async function measureLoad(page: Page, url: string): Promise<Vitals> {
  await page.goto(url, { waitUntil: 'load' });
  // Quiet: no long task in the last QUIET_MS (hydration and lazy chunks have run).
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(QUIET_MS / 2);
    const quiet = await page.evaluate(
      (q) => performance.now() - (window as unknown as { __vitals: InPage }).__vitals.lastLongTaskEnd > q,
      QUIET_MS,
    );
    if (quiet) break;
  }
  // LCP is final once the user interacts; reading it here is what a lab tool reports.
  const v = await page.evaluate(() => (window as unknown as { __vitals: InPage }).__vitals);
  const tbt = v.longTasks
    .filter(([start, duration]) => start + duration > v.fcp)
    .reduce((sum, [start, duration]) => sum + Math.max(0, start + duration - Math.max(start, v.fcp) - 50), 0);
  return { lcp_ms: v.lcp, cls: v.cls, tbt_ms: tbt };
}
