import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { totpCode } from '../src/server/auth/mfa-totp';
import { PASSWORD, signOut, signUpFreshUser } from './helpers';

const signInForm = async (page: Page, email: string) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
};

test('two-step sign-in: set up on /me, then sign-in asks for the code; a recovery code works once', async ({
  page,
}) => {
  const email = await signUpFreshUser(page, 'Twostep');
  await page.goto('/me');
  await expect(page.getByTestId('email-state')).toContainText('Not confirmed');
  await expect(page.getByTestId('mfa-state')).toContainText('Off');
  await page.locator('#mfa-on-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  const secret = (await page.getByTestId('mfa-secret').innerText()).replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(page.getByRole('link', { name: /^otpauth:\/\/totp\// })).toBeVisible();
  // The QR code is an image that loaded under the page's CSP (img-src allows data: URLs).
  const qr = page.getByTestId('mfa-qr');
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 100)).toBe(true);
  await page.locator('#mfa-code').fill('000000');
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByText('That code is not right.')).toBeVisible();
  // The previous step's code: the current one is then still unused for signing in below.
  await page.locator('#mfa-code').fill(totpCode(secret, new Date(Date.now() - 30_000)));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByTestId('recovery-codes').locator('li')).toHaveCount(10);
  const codes = await page.getByTestId('recovery-codes').locator('li').allInnerTexts();
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await expect(page.getByTestId('mfa-state')).toContainText('10 recovery codes left');

  await signOut(page);
  await signInForm(page, email);
  const code = page.getByLabel('Authentication code');
  await expect(code).toBeVisible();
  await code.fill('123456');
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'code' })).toContainText('That code is not right');
  await code.fill(totpCode(secret, new Date()));
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page).toHaveURL(/\/jobs$/);

  await signOut(page);
  await signInForm(page, email);
  await page.getByLabel('Authentication code').fill(codes[0]!);
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await page.goto('/me');
  await expect(page.getByTestId('mfa-state')).toContainText('9 recovery codes left');
  // The audit log, newest first.
  const events = page.getByTestId('security-events').locator('li');
  await expect(events.first()).toContainText('Signed in');
  await expect(events.nth(1)).toContainText('Recovery code used');
  await expect(page.getByTestId('security-events')).toContainText('Two-step sign-in turned on');
  await expect(page.getByTestId('security-events')).toContainText('Sign-in failed');
});

test('sessions: /me lists this device and another; signing the other out ends it there', async ({ page, browser }) => {
  const email = await signUpFreshUser(page, 'Sessions');
  const other = await browser.newContext({
    userAgent: 'Mozilla/5.0 (Linux; Android 14) Chrome/120.0 Mobile Safari/537.36',
  });
  const phone = await other.newPage();
  await signInForm(phone, email);
  await expect(phone).toHaveURL(/\/jobs$/);

  await page.goto('/me');
  const list = page.getByTestId('sessions');
  await expect(list.locator('li')).toHaveCount(2);
  await expect(list.locator('li').filter({ hasText: 'This device' })).toHaveCount(1);
  const phoneRow = list.locator('li').filter({ hasText: 'Chrome on Android' });
  await phoneRow.getByRole('button', { name: 'Sign out' }).click();
  await expect(list.locator('li')).toHaveCount(1);
  expect((await other.request.get('/api/trpc/users.me')).status()).toBe(401);
  expect((await page.request.get('/api/trpc/users.me')).status()).toBe(200);
  await other.close();
});

test('forgot password answers the same for any email', async ({ page }) => {
  const email = await signUpFreshUser(page, 'Forgetful');
  await signOut(page);
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  const known = await page.getByTestId('reset-requested').innerText();
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(`nobody.${Date.now()}@example.com`);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByTestId('reset-requested')).toHaveText(known);
  await page.goto('/reset-password?token=not-a-real-reset-token-0123456789');
  await page.getByLabel('New password', { exact: true }).fill('Brand!New2026x');
  await page.getByLabel('Confirm new password').fill('Brand!New2026x');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'expired' })).toContainText('invalid, used or expired');
});

test('download my data, then delete the account', async ({ page }) => {
  const email = await signUpFreshUser(page, 'Leaving');
  await page.goto('/me');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const file = await (await downloading).path();
  const data = JSON.parse(readFileSync(file, 'utf8')) as { account: { email: string; firstName: string } };
  expect(data.account).toMatchObject({ email, firstName: 'Leaving' });
  expect(JSON.stringify(data)).not.toMatch(/password_?hash/i);

  const form = page.getByTestId('delete-account');
  await form.getByLabel('Password').fill('Wr0ng!Passw0rd');
  await form.getByLabel('Type DELETE').fill('DELETE');
  await form.getByRole('button', { name: 'Delete my account' }).click();
  await expect(form.getByText('Password is incorrect.')).toBeVisible();
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Delete my account' }).click();
  // Landing on the home page with no word had left the user unsure it had worked (a walk).
  await expect(page).toHaveURL(/\/\?account=deleted$/);
  await expect(page.getByRole('status').filter({ hasText: 'deleted' })).toHaveText(
    'Your account and everything in it were deleted.',
  );
  await signInForm(page, email);
  await expect(page.getByRole('alert').filter({ hasText: 'incorrect' })).toHaveText('Email or password is incorrect.');
});

test('changing the email asks for the password, then mails a link; a link that is not valid is refused', async ({
  page,
}) => {
  const email = await signUpFreshUser(page, 'Mover');
  await page.goto('/me');
  const form = page.getByRole('form', { name: 'Change email address' });
  await form.getByLabel('New email address').fill(`moved.${Date.now()}@example.com`);
  await form.getByLabel('Current password').fill('Not!ThePassw0rd');
  await form.getByRole('button', { name: 'Send a confirmation link' }).click();
  await expect(form.getByText('Current password is incorrect.')).toBeVisible();
  await form.getByLabel('Current password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Send a confirmation link' }).click();
  await expect(page.getByTestId('email-change-sent')).toContainText('nothing changes');
  // Nothing changed yet: the account still shows the old address.
  await page.reload();
  await expect(page.getByTestId('me-email')).toHaveText(email);

  await page.goto('/confirm-email-change?token=not-a-real-change-token-0123456789');
  await page.getByRole('button', { name: 'Confirm my new email' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'expired' })).toContainText('invalid, used or expired');
});

test('a control character pasted into the account form is reported once, beside its field', async ({ page }) => {
  // It was said under the field and again for the whole form (a walk).
  await signUpFreshUser(page, 'Paste');
  await page.goto('/me');
  const headline = page.getByLabel('Professional headline');
  await headline.fill('Data analyst\u0007');
  await headline.press('Enter');
  await expect(page.getByText(/invisible control character/)).toHaveCount(1);
});
