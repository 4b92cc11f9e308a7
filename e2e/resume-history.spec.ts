import { expect, test } from '@playwright/test';
import { signUpFreshUser } from './helpers';

/** A resume in the common "company - / description -" layout: roles with no title and no dates. */
const UNDATED = [
  'Priya Raman',
  'priya.raman@example.com',
  'Skills: Java, SQL, Spring Boot',
  'Company Details',
  'company - Northwind Software Pvt Ltd',
  'description - Built Spring Boot services for order processing and wrote SQL reports.',
].join('\n');

test('the review form keeps a role without title or dates, lets the user fix it, and saves it', async ({ page }) => {
  await signUpFreshUser(page, 'Priya');
  await page.goto('/profile/import');
  await page.getByLabel('Or paste the text').fill(UNDATED);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  const review = page.getByTestId('draft-review');
  await expect(review).toBeVisible({ timeout: 30_000 });

  const role = review.getByTestId('review-role-0');
  await expect(role.getByRole('checkbox', { name: 'Keep role 1' })).toBeChecked();
  await expect(role.getByLabel('Company')).toHaveValue('Northwind Software Pvt Ltd');
  await expect(role.getByText(/Not found in your resume: .*dates/)).toBeVisible();
  // Fix it in place: a title and a year-only start.
  await role.getByLabel(/^Title/).fill('Java Developer');
  await role.getByLabel(/^Start/).fill('2019');
  await page.getByRole('button', { name: 'Save to my profile' }).click();

  await expect(page).toHaveURL(/\/profile(\?imported=1)?$/);
  const experience = page.getByRole('region', { name: 'Experience' });
  await expect(experience.getByRole('heading', { name: /Java Developer · Northwind Software Pvt Ltd/ })).toBeVisible();
  await expect(experience.getByText('From 2019')).toBeVisible();
});
