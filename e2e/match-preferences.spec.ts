import { expect, test } from '@playwright/test';
import { recordApplied, signIn, signUpFreshUser } from './helpers';

// The seeded demo seeker wants remote or hybrid work, full-time, $120k or more, in Austin, TX, all
// marked as must-haves (seed/demo-profile.ts).
test('the matches page starts from the saved must-haves, can be widened, and shows applied jobs as such', async ({
  page,
}) => {
  await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
  await page.goto('/matches');
  const filters = page.getByRole('form', { name: 'Filter matches' });
  await expect(filters.getByTestId('must-have-note')).toBeVisible();
  await expect(filters.getByRole('checkbox', { name: 'Remote', exact: true })).toBeChecked();
  await expect(filters.getByRole('checkbox', { name: 'Hybrid', exact: true })).toBeChecked();
  await expect(filters.getByRole('checkbox', { name: 'On-site', exact: true })).not.toBeChecked();
  await expect(filters.getByRole('checkbox', { name: 'Full-time', exact: true })).toBeChecked();
  await expect(filters.getByRole('spinbutton', { name: 'Minimum (USD a year)' })).toHaveValue('120000');
  await expect(filters.getByRole('checkbox', { name: 'Only in Austin, TX' })).toBeChecked();

  const cards = page.getByTestId('job-card');
  await expect(cards.first()).toBeVisible();
  // Must-haves filter: only full-time jobs that are remote, or hybrid in Austin.
  // The line under each title: "Company · Place · Arrangement · Job type".
  for (const text of await cards.locator('h2 + p').allTextContents()) {
    expect(text).not.toMatch(/On-site|Part-time|Contract|Internship|Temporary/);
    if (text.includes('Hybrid')) expect(text).toContain('Austin, TX');
  }

  // Apply to a match that is not applied to yet: back on the list it shows the application, not a new match.
  const fresh = cards.filter({ hasNot: page.getByTestId('match-application') }).first();
  const title = (await fresh.getByRole('heading').textContent())?.trim() ?? '';
  await fresh.getByRole('heading').getByRole('link').click();
  await recordApplied(page);
  await expect(page.getByText('Tracked: applied')).toBeVisible();
  await page.goto('/matches');
  const applied = cards.filter({ has: page.getByRole('heading', { name: title, exact: true }) }).first();
  await expect(applied.getByTestId('match-application')).toHaveText('Applied');
  await expect(applied.getByTestId('match-application')).toHaveAttribute('href', /^\/applications\/[0-9a-f-]{36}$/);

  // Widen: accept on-site work too. The form now holds the user's own filters.
  await filters.getByRole('checkbox', { name: 'On-site', exact: true }).check();
  await filters.getByRole('button', { name: 'Update matches' }).click();
  await expect(page).toHaveURL(/[?&]f=1(&|$)/);
  expect(page.url()).toContain('remote=onsite');
  await expect(filters.getByTestId('must-have-note')).toHaveCount(0);
  await expect(filters.getByRole('checkbox', { name: 'On-site', exact: true })).toBeChecked();
  await expect(cards.first()).toBeVisible();

  // And back to the saved must-haves.
  await filters.getByRole('link', { name: 'Back to my preferences' }).click();
  await expect(filters.getByTestId('must-have-note')).toBeVisible();
  await expect(filters.getByRole('checkbox', { name: 'On-site', exact: true })).not.toBeChecked();

  // The profile shows which preferences are must-haves.
  await page.goto('/profile#preferences');
  await expect(page.getByRole('checkbox', { name: 'Work arrangement: must have' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Places: must have' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Willing to relocate/ })).not.toBeChecked();
});

test('a minimum set in euros is said in euros on the matches page, beside the dollars jobs are compared in', async ({
  page,
}) => {
  // "$57,500+ a year" was all a seeker who had set €50,000 a year was shown (a walk).
  await signUpFreshUser(page, 'Euro');
  await page.goto('/profile#preferences');
  await page.getByLabel('Minimum salary', { exact: true }).fill('50000');
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByRole('checkbox', { name: 'Minimum salary: must have' }).check();
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.goto('/matches');
  await expect(page.getByTestId('filters-summary')).toContainText(/€50,000\+ a year \(about \$[\d,]+ a year\)/);
  await expect(page.getByTestId('own-minimum')).toHaveText(
    /^Your preference: €50,000\+ a year \(about \$[\d,]+ a year\)\.$/,
  );
});

test('a minimum the browser cannot read as a number is refused, and the saved one and its must-have stay', async ({
  page,
}) => {
  // "90000-110000" reached the server as no minimum at all: the saved floor and its must-have were
  // dropped while the form said "Saved." (a walk).
  await signUpFreshUser(page, 'Range');
  await page.goto('/profile#preferences');
  const minimum = page.getByLabel('Minimum salary', { exact: true });
  await minimum.fill('100000');
  await page.getByRole('checkbox', { name: 'Minimum salary: must have' }).check();
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  await page.reload();
  await minimum.clear();
  await minimum.pressSequentially('90000-110000');
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByText('Enter a number, digits only.')).toBeVisible();
  await expect(page.getByText('Saved.')).toBeHidden();

  await page.reload();
  await expect(minimum).toHaveValue('100000');
  await expect(page.getByRole('checkbox', { name: 'Minimum salary: must have' })).toBeChecked();
});
