import { expect, test, type Locator } from '@playwright/test';
import { signUpFreshUser } from './helpers';

/** True when `inner`'s box lies within `outer`'s. */
async function inside(inner: Locator, outer: Locator): Promise<boolean> {
  const [i, o] = [await inner.boundingBox(), await outer.boundingBox()];
  if (!i || !o) return false;
  return i.x >= o.x && i.y >= o.y && i.x + i.width <= o.x + o.width && i.y + i.height <= o.y + o.height;
}

for (const width of [390, 1280]) {
  test(`at ${width} px a saved job's star sits inside its card on the Saved page, and unsaves it there`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signUpFreshUser(page, 'Saver');
    const first = page.getByTestId('job-card').first();
    const title = (await first.getByRole('heading').textContent())?.trim() ?? '';
    await first.getByRole('button', { name: '☆ Save job' }).click();
    await expect(first.getByRole('button', { name: '★ Saved' })).toBeVisible();

    await page.goto('/saved');
    const card = page.getByTestId('job-card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    const star = card.getByRole('button', { name: '★ Saved' });
    await expect(star).toBeVisible();
    expect(await inside(star, card)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    // The star turns at once (optimistic); the reload waits for the server's answer.
    const unsaved = page.waitForResponse((r) => r.url().includes('applications.unsave') && r.ok());
    await star.click();
    await expect(card.getByRole('button', { name: '☆ Save job' })).toBeVisible();
    await unsaved;
    await page.reload();
    await expect(page.getByText('Nothing saved yet.')).toBeVisible();
  });
}
