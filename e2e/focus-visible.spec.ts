import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

/** The focused element and its outline, read as the browser paints it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      what: `${el.tagName.toLowerCase()} ${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}`,
      outline: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
    };
  });

for (const scheme of ['light', 'dark'] as const) {
  test(`every control reached with Tab shows a focus ring (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
    for (const path of ['/jobs', '/profile']) {
      await page.goto(path);
      const seen: string[] = [];
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (!f) continue;
        seen.push(f.what);
        expect(f.outline, `${path}: ${f.what} has no focus ring`).not.toBe('none');
        expect(f.width, `${path}: ${f.what}`).toBeGreaterThanOrEqual(2);
      }
      expect(seen.length, `${path}: nothing took the focus`).toBeGreaterThan(5);
    }
  });
}
