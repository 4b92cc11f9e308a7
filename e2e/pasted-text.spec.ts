import { expect, test } from '@playwright/test';
import { signUpFreshUser } from './helpers';

// A field's browser maxLength cut pasted text without a word: a 30,000-character summary kept its
// first 5,000 and saved as if whole. Fields now keep everything, count, and refuse the save.
test('a summary pasted over its limit is kept whole, counted, refused with the limit, and saves once shortened', async ({
  page,
}) => {
  await signUpFreshUser(page, 'Paste');
  await page.goto('/profile');
  const intro = page.getByRole('form', { name: 'Headline and summary' });
  const summary = intro.getByLabel('Summary');
  const pasted = 'Led data teams. '.repeat(320).trim(); // 5,119 characters
  await summary.fill(pasted);
  await expect(summary).toHaveValue(pasted);
  await expect(intro.getByText('5,119 of 5,000 characters: shorten it by 119 to save.')).toBeVisible();
  await expect(summary).toHaveAttribute('aria-invalid', 'true');

  await intro.getByRole('button', { name: 'Save' }).click();
  await expect(intro.getByRole('alert').first()).toContainText('Summary must be at most 5,000 characters.');
  await expect(summary).toHaveValue(pasted);

  const shorter = pasted.slice(0, 4_990).trim();
  await summary.fill(shorter);
  await expect(intro.getByText(/of 5,000 characters\.$/)).toBeVisible();
  await intro.getByRole('button', { name: 'Save' }).click();
  await expect(intro.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await expect(page.getByRole('form', { name: 'Headline and summary' }).getByLabel('Summary')).toHaveValue(shorter);
});

test('a saved search’s name typed past its limit is kept and refused with the limit, not cut', async ({ page }) => {
  await signUpFreshUser(page, 'Named');
  await page.goto('/jobs?q=analyst');
  await page.getByRole('button', { name: 'Save this search' }).click();
  const form = page.getByRole('form', { name: 'Save this search' });
  const long = `Analyst roles ${'in data and reporting '.repeat(6)}`.trim();
  expect(long.length).toBeGreaterThan(120);
  await form.getByLabel('Name').fill(long);
  await expect(form.getByLabel('Name')).toHaveValue(long);
  await expect(
    form.getByText(`${long.length} of 120 characters: shorten it by ${long.length - 120} to save.`),
  ).toBeVisible();
  await form.getByRole('button', { name: 'Save search' }).click();
  await expect(form.getByRole('alert').first()).toContainText('Keep the name under 120 characters.');
});

test('a saved search’s fixed name loses its error, and a minimum match past 100 % gets its own', async ({ page }) => {
  // The browser's own check stopped the form: the old name error stayed under a valid name and the
  // real problem showed only in a tooltip (a walk).
  await signUpFreshUser(page, 'Fixed');
  await page.goto('/jobs?q=analyst');
  await page.getByRole('button', { name: 'Save this search' }).click();
  const form = page.getByRole('form', { name: 'Save this search' });
  await form.getByLabel('Name').fill('x'.repeat(130));
  await form.getByRole('button', { name: 'Save search' }).click();
  await expect(form.getByText('Keep the name under 120 characters.')).toBeVisible();
  await form.getByLabel('Name').fill('Analyst roles');
  await form.getByLabel(/Only jobs matching me at least/).fill('150');
  await form.getByRole('button', { name: 'Save search' }).click();
  await expect(form.getByText('The minimum match is at most 100%.')).toBeVisible();
  await expect(form.getByText('Keep the name under 120 characters.')).toBeHidden();
});
