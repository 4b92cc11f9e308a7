import { expect, test, type Page } from '@playwright/test';

/** The page's background as sRGB: computed colours may come back as oklch() or lab(), so a canvas converts. */
const bodyBackground = (page: Page) =>
  page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  });
const isDark = ([r = 255, g = 255, b = 255]: number[]) => r + g + b < 150;
/** The control a visitor can see: in the header on wide screens, in the footer on a phone when signed out. */
const themeControl = (page: Page) => page.getByLabel('Theme').filter({ visible: true });

test('the theme follows the system, and a chosen one is remembered and rendered by the server', async ({ page, context }) => {
  // System (no cookie): the page follows prefers-color-scheme.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await page.evaluate(() => document.documentElement.className)).toBe('');
  expect(isDark(await bodyBackground(page))).toBe(true);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(isDark(await bodyBackground(page))).toBe(false);

  // Choosing Dark applies at once and is stored in a cookie.
  await themeControl(page).selectOption('dark');
  expect(isDark(await bodyBackground(page))).toBe(true);
  expect((await context.cookies()).find((c) => c.name === 'theme')?.value).toBe('dark');

  // The server renders the class itself: the HTML holds it before any script runs.
  const html = await (await page.request.get('/sign-in')).text();
  expect(html).toMatch(/<html lang="en" class="dark"/);
  await page.goto('/sign-in');
  expect(isDark(await bodyBackground(page))).toBe(true);
  await expect(themeControl(page)).toHaveValue('dark');

  // Light wins over a dark system setting.
  await page.emulateMedia({ colorScheme: 'dark' });
  await themeControl(page).selectOption('light');
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.className)).toBe('light');
  expect(isDark(await bodyBackground(page))).toBe(false);
});

test.describe('on a 360 px phone, signed out', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the theme can be chosen from the footer, and the page stays within the screen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await expect(themeControl(page)).toHaveCount(1);
    await themeControl(page).selectOption('dark');
    expect(isDark(await bodyBackground(page))).toBe(true);
    await page.goto('/sign-in');
    await expect(themeControl(page)).toHaveValue('dark');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
