import { expect, test } from '@playwright/test';
import { PASSWORD, signUpFreshUser } from './helpers';

const NEW_PASSWORD = 'Changed!Passw0rd';

test('changing the password on /me signs out every session; the new password signs in', async ({ page, browser }) => {
  const email = await signUpFreshUser(page, 'Changer');
  // A second device, holding a copy of the session.
  const copied = (await page.context().cookies()).filter((c) => c.name.includes('next-auth.session-token'));
  const other = await browser.newContext();
  await other.addCookies(copied);
  expect((await other.request.get('/api/trpc/users.me')).status()).toBe(200);

  await page.goto('/me');
  const form = page.getByTestId('change-password-form');
  // Inline errors: a wrong current password comes back from the procedure, a mismatch from the form.
  await form.getByLabel('Current password').fill('Not!ThePassw0rd');
  await form.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await form.getByLabel('Confirm new password').fill(`${NEW_PASSWORD}x`);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('The two new passwords do not match.')).toBeVisible();
  await form.getByLabel('Confirm new password').fill(NEW_PASSWORD);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('Current password is incorrect.')).toBeVisible();

  await form.getByLabel('Current password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/me\/signed-out\?reason=password-changed/);
  await expect(page.getByTestId('signed-out-notice')).toContainText('Your password was changed');

  // Every session is over: the copy on the other device, and this browser's.
  expect((await other.request.get('/api/trpc/users.me')).status()).toBe(401);
  await other.close();
  expect((await page.request.get('/api/trpc/users.me')).status()).toBe(401);

  // The old password is refused, the new one signs in and lands back on /me.
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'incorrect' })).toHaveText('Email or password is incorrect.');
  await page.getByLabel('Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByTestId('me-email')).toHaveText(email);
});

test('"Sign out of every device" asks first, then ends every session', async ({ page, browser }) => {
  await signUpFreshUser(page, 'Everywhere');
  const copied = (await page.context().cookies()).filter((c) => c.name.includes('next-auth.session-token'));
  const other = await browser.newContext();
  await other.addCookies(copied);

  await page.goto('/me');
  await page.getByRole('button', { name: 'Sign out of every device' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect((await other.request.get('/api/trpc/users.me')).status()).toBe(200);

  await page.getByRole('button', { name: 'Sign out of every device' }).click();
  await page.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/me\/signed-out\?reason=signed-out-everywhere/);
  expect((await other.request.get('/api/trpc/users.me')).status()).toBe(401);
  await other.close();
});
