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

/**
 * Opens the first listed job whose company does not recruit here (there, its recruiters move the
 * application on, not the seeker) and returns its title.
 */
export async function openJobNotAnsweredHere(page: Page): Promise<string> {
  const cards = page.getByTestId('job-card');
  await expect(cards.first()).toBeVisible();
  const list = page.url();
  for (let i = 0; i < 10; i++) {
    const card = cards.nth(i);
    const title = (await card.getByRole('heading').textContent())?.trim() ?? '';
    await card.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('button', { name: '☆ Save job' })).toBeVisible();
    if ((await page.getByRole('button', { name: 'Apply with your profile' }).count()) === 0) return title;
    await page.goto(list);
  }
  throw new Error('None of the first ten jobs is of a company that does not recruit here.');
}
