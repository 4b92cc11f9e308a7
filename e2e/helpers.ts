import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'E2e!Passw0rd';

/** A fresh seeker, signed in (sign-up signs in and lands on /jobs). */
export async function signUpFreshUser(page: Page, firstName = 'Test'): Promise<string> {
  const email = `e2e.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.com`;
  await page.goto('/sign-up');
  await page.getByLabel('First name').fill(firstName);
  await page.getByLabel('Last name').fill('User');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  return email;
}

/** Signs in with an existing account (e.g. a seeded demo user). */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Each role lands on its own start page: seekers on jobs, recruiters on their dashboard.
  await expect(page).toHaveURL(/\/(jobs|recruiter|admin\/sources)$/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

/**
 * Records an application from the job page. A job whose company recruits here asks before it
 * shares the profile; any other job is recorded without the question.
 */
export async function recordApplied(page: Page): Promise<void> {
  const mark = page.getByRole('button', { name: 'Mark as applied' });
  const share = page.getByRole('button', { name: 'Apply with your profile' });
  await expect(mark.or(share)).toBeVisible();
  if (await share.isVisible()) {
    await share.click();
    await page.getByRole('button', { name: 'Share and apply' }).click();
  } else {
    await mark.click();
  }
}
