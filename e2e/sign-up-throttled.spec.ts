import { expect, test } from '@playwright/test';
import { PASSWORD } from './helpers';

/**
 * Sign-up signs the new account in. When that sign-in is throttled (429 + Retry-After), the form
 * must say so and stay put, not carry on to /jobs as if signed in. The throttle answer is played
 * by the browser's network layer: a fresh account cannot be throttled on demand from a spec.
 */
test('a throttled sign-in after sign-up shows its message and does not pretend to be signed in', async ({ page }) => {
  const message =
    "Too many sign-in attempts. Try again in 30 seconds, or use the unlock link sent to the account's email.";
  await page.route('**/api/auth/callback/credentials', (route) =>
    route.fulfill({
      status: 429,
      headers: { 'retry-after': '30', 'content-type': 'application/json' },
      body: JSON.stringify({ error: 'RATE_LIMITED', message, retryAfterSeconds: 30, url: 'http://localhost/sign-in' }),
    }),
  );
  await page.goto('/sign-up');
  await page.getByLabel('First name').fill('Paused');
  await page.getByLabel('Last name').fill('User');
  await page.getByLabel('Email').fill(`e2e.paused.${Date.now()}@example.com`);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Signing in is paused' });
  await expect(alert).toContainText('Signing in is paused.');
  await expect(alert).toContainText(message);
  await expect(page).toHaveURL(/\/sign-up$/);
  await expect(page.getByRole('button', { name: 'Create account' })).toBeDisabled();
});
