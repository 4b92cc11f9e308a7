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
