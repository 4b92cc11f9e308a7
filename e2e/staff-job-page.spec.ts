import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

/** A recruiter reading a posting was offered "Save job", "Apply with your profile" and "Add your skills" (seen on a walk). */
test('a recruiter reads a job page without the seeker’s save, apply and match panels', async ({ page }) => {
  await signIn(page, 'recruiter@givemejobs.dev', 'Recruit!2026x');
  await page.goto('/jobs');
  await page.getByTestId('job-card').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('note').filter({ hasText: 'You are signed in as a recruiter' })).toBeVisible();
  for (const name of [/Save job/, /Apply with your profile/, /Mark as applied/]) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByText(/Add your skills/)).toHaveCount(0);
  await page.getByRole('link', { name: 'Your dashboard' }).click();
  await expect(page).toHaveURL(/\/recruiter$/);
});
