import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('closing a job asks first: dismissed it stays open, confirmed it closes, and it can be reopened', async ({ page }) => {
  await signIn(page, 'recruiter@givemejobs.dev', 'Recruit!2026x');
  await page.goto('/recruiter?status=open');
  const href = await page.getByTestId('company-job').first().locator('a[href^="/recruiter/jobs/"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  await page.goto(href ?? '/recruiter');
  const close = page.getByRole('button', { name: 'Close job' });
  await expect(close).toBeVisible();

  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await close.click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain('Close this job?');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Close job' })).toBeVisible();

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Close job' }).click();
  await expect(page.getByRole('button', { name: 'Reopen job' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Reopen job' })).toBeVisible();

  // Reopening needs no confirmation, and leaves the demo data as it was.
  await page.getByRole('button', { name: 'Reopen job' }).click();
  await expect(page.getByRole('button', { name: 'Close job' })).toBeVisible();
});
