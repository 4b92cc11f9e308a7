import { expect, test, type Page } from '@playwright/test';
import { PASSWORD, signOut, signUpFreshUser } from './helpers';

const WRONG = 'Wrong!Guess2026x';

/** Submits the sign-in form and returns the credentials route's HTTP answer. */
async function submit(page: Page, password: string) {
  await page.getByLabel('Password').fill(password);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/callback/credentials'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  return answer;
}

test('wrong passwords are slowed down exponentially with 429 + Retry-After; the form says so without a reason in the URL', async ({
  page,
}) => {
  const email = await signUpFreshUser(page, 'Throttle');
  await signOut(page);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  const message = page.getByRole('alert').filter({ hasText: /incorrect|Too many/ });

  for (let i = 0; i < 3; i++) {
    expect((await submit(page, WRONG)).status()).toBe(401);
    await expect(message).toHaveText('Email or password is incorrect.');
  }
  const first = await submit(page, WRONG);
  expect(first.status()).toBe(429);
  expect(first.headers()['retry-after']).toBe('1');
  const body = (await first.json()) as { message: string; url: string };
  expect(body.url).not.toContain('error');
  await expect(message).toHaveText(body.message);
  expect(body.message).toMatch(/^Too many sign-in attempts\. Try again in 1 second/);

  await page.waitForTimeout(1_100);
  expect((await submit(page, WRONG)).status()).toBe(401);
  const second = await submit(page, WRONG);
  expect(second.status()).toBe(429);
  expect(second.headers()['retry-after']).toBe('2');

  // Even the right password waits its turn (from this address), and the page says so in place.
  expect((await submit(page, PASSWORD)).status()).toBe(429);
  await expect(message).toContainText('Too many sign-in attempts. Try again in');
  expect(page.url()).not.toContain('error');
  await page.waitForTimeout(2_100);
  expect((await submit(page, PASSWORD)).status()).toBe(200);
  await expect(page).toHaveURL(/\/jobs$/);
});

test('a session cookie copied before sign-out no longer works after it', async ({ page, browser }) => {
  await signUpFreshUser(page, 'Copied');
  const copied = (await page.context().cookies()).filter((c) => c.name.includes('next-auth.session-token'));
  expect(copied.length).toBeGreaterThan(0);
  await signOut(page);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const me = await thief.request.get('/api/trpc/users.me');
  expect(me.status()).toBe(401);
  const tab = await thief.newPage();
  await tab.goto('/me');
  await expect(tab).toHaveURL(/\/sign-in/);
  await thief.close();
});

test('the dev mailbox does not exist in production', async ({ request }) => {
  expect((await request.get('/dev/mailbox')).status()).toBe(404);
});
