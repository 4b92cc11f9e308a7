import { expect, test, type APIRequestContext } from '@playwright/test';
import { PASSWORD, signOut, signUpFreshUser } from './helpers';

/** A credentials sign-in over HTTP, as the sign-in form posts it. */
async function postSignIn(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  return request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, json: 'true' },
  });
}

test('wrong passwords are slowed down exponentially with 429 + Retry-After; the form says so without a reason in the URL', async ({
  page,
  request,
}) => {
  const email = await signUpFreshUser(page, 'Throttle');
  await signOut(page);

  for (let i = 0; i < 3; i++) expect((await postSignIn(request, email, 'Wrong!Guess2026x')).status()).toBe(401);
  const first = await postSignIn(request, email, 'Wrong!Guess2026x');
  expect(first.status()).toBe(429);
  expect(first.headers()['retry-after']).toBe('1');
  const body = (await first.json()) as { message: string; url: string };
  expect(body.message).toMatch(/^Too many sign-in attempts\. Try again in 1 second/);
  expect(body.url).not.toContain('error');

  await page.waitForTimeout(1_100);
  expect((await postSignIn(request, email, 'Wrong!Guess2026x')).status()).toBe(401);
  const second = await postSignIn(request, email, 'Wrong!Guess2026x');
  expect(second.status()).toBe(429);
  expect(second.headers()['retry-after']).toBe('2');

  // Even the right password waits its turn, and the page explains it in place.
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Too many sign-in attempts. Try again in');
  expect(page.url()).not.toContain('error');
  await page.waitForTimeout(2_100);
  await page.getByRole('button', { name: 'Sign in' }).click();
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
