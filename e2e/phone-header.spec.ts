import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

/** The signed-in pages a seeker moves between from the header. */
const PAGES = ['/jobs', '/matches', '/profile', '/saved', '/alerts', '/applications', '/documents', '/analytics', '/me'];

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the signed-in header folds into a menu and no page scrolls sideways', async ({ page }) => {
    await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(360);
    }

    // The links are in the menu, not in a row off the screen.
    await expect(page.getByRole('link', { name: 'Applications' })).toBeHidden();
    await page.getByText('Menu').click();
    await page.getByRole('link', { name: 'Applications' }).click();
    await expect(page).toHaveURL(/\/applications$/);
    await page.getByText('Menu').click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  });
});
