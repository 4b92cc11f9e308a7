import { expect, test, type Page } from '@playwright/test';
import { PASSWORD, signIn, signOut, signUpFreshUser } from './helpers';

const RECRUITER = { email: 'recruiter@givemejobs.dev', password: 'Recruit!2026x' };

async function postJob(page: Page, title: string): Promise<void> {
  await signIn(page, RECRUITER.email, RECRUITER.password);
  // Through the links, as a recruiter would (and so the form is hydrated before it is filled).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('link', { name: 'Post a job' }).first().click();
  await page.getByLabel('Job title').fill(title);
  await page
    .getByLabel('Description')
    .fill('Run our observability stack end to end: metrics, tracing, alert routing and the on-call handbook.');
  await page.getByLabel('Location').fill('Remote');
  await page.getByLabel('Required skills').fill('Prometheus, Grafana, Kubernetes');
  await page.getByRole('button', { name: 'Post job' }).click();
  // The new job's page renders while the in-process workflows embed and score the job.
  await expect(page.getByRole('heading', { name: title })).toBeVisible({ timeout: 45_000 });
  await signOut(page);
}

/** The bell's number once loaded, reloading until the background alert run has written it (the bell polls each minute). */
async function bellCount(page: Page): Promise<number> {
  await page.reload();
  const bell = page.getByTestId('notification-bell').first();
  await expect(bell).toHaveAttribute('data-count', /^\d+$/);
  return Number(await bell.getAttribute('data-count'));
}

test('a seeker saves a search with alerts, new jobs arrive, and the bell and the notification centre show them', async ({
  page,
}) => {
  // Four sign-ins, three postings (each embedded and scored in the server's process) and a run.
  test.setTimeout(300_000);
  const word = `Zorblex${Date.now().toString(36)}`;

  // A new seeker saves a search for a word no job has yet, with instant alerts.
  const email = `alerts.${Date.now()}@example.com`;
  await page.goto('/sign-up');
  await page.getByLabel('First name').fill('Alerta');
  await page.getByLabel('Last name').fill('Seeker');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await page.goto(`/jobs?q=${word}`);
  await page.getByRole('button', { name: 'Save this search' }).click();
  const form = page.getByRole('form', { name: 'Save this search' });
  await form.getByLabel('Name').fill(`${word} roles`);
  await form.getByLabel('Email me new jobs').selectOption('instant');
  await form.getByRole('button', { name: 'Save search' }).click();
  await expect(page.getByRole('status')).toContainText(`Saved “${word} roles”`);
  await page.goto('/alerts');
  const saved = page.getByTestId('saved-search').filter({ hasText: `${word} roles` });
  await expect(saved).toContainText(`“${word}”`);
  await expect(saved.getByLabel('Alerts')).toHaveValue('instant');
  await signOut(page);

  // New jobs arrive: a recruiter posts two that match, and one that does not.
  await postJob(page, `${word} Observability Engineer`);
  await postJob(page, `Senior ${word} Platform Engineer`);
  await postJob(page, `Unrelated Role ${Date.now()}`);

  // The alert run (triggered by the new jobs) leaves one digest: the bell shows it.
  await signIn(page, email, PASSWORD);
  await expect.poll(() => bellCount(page), { timeout: 45_000, intervals: [1_000, 2_000, 3_000] }).toBeGreaterThan(0);
  await expect(page.getByTestId('notification-count').first()).toHaveText(/^[1-9]\d*$/);
  await page.getByTestId('notification-bell').first().click();
  await expect(page).toHaveURL(/\/notifications$/);
  // Instant alerts: one digest per run, and each posting started a run (one or two digests).
  const alerts = page.getByTestId('notification').filter({ hasText: `${word} roles` });
  // The list loads after the page: read it once it has (the welcome notice is always in it).
  const listed = async () => {
    await page.reload();
    await page.getByTestId('notification').first().waitFor();
    return (await alerts.allTextContents()).join('\n');
  };
  await expect.poll(listed, { timeout: 30_000 }).toContain(`${word} Observability Engineer`);
  await expect.poll(listed, { timeout: 30_000 }).toContain(`Senior ${word} Platform Engineer`);
  expect(await listed()).not.toContain('Unrelated Role');

  // Read: the count goes.
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(page.getByTestId('notification-count')).toHaveCount(0);
  await expect(alerts.first()).toHaveAttribute('data-read', 'true');

  // The alert's link opens the search's newest jobs.
  await alerts.first().getByRole('link', { name: 'See the jobs' }).click();
  await expect(page).toHaveURL(new RegExp(`/jobs\\?q=${word}&sort=newest`));
  await expect(page.getByText(`${word} Observability Engineer`).first()).toBeVisible();

  // Alerts turned down to weekly, then the search deleted.
  await page.goto('/alerts');
  await saved.getByLabel('Alerts').selectOption('weekly');
  await saved.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saved.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await expect(saved.getByLabel('Alerts')).toHaveValue('weekly');
  await saved.getByRole('button', { name: 'Delete search' }).click();
  await saved.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByTestId('saved-search').filter({ hasText: `${word} roles` })).toHaveCount(0);
});

test('the profile’s default for new alerts is what “Save this search” starts from', async ({ page }) => {
  await signUpFreshUser(page, 'Default');
  await page.getByRole('button', { name: 'Save this search' }).click();
  const form = page.getByRole('form', { name: 'Save this search' });
  // Nothing saved yet: the default the profile page shows.
  await expect(form.getByLabel('Email me new jobs')).toHaveValue('weekly');
  await expect(form.getByLabel('Email me new jobs')).toBeEnabled();

  await page.goto('/profile#preferences');
  const field = page.getByLabel('Default for new job alerts');
  await expect(field).toHaveValue('weekly');
  await field.selectOption('instant');
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();

  await page.goto('/jobs?q=engineer');
  await page.getByRole('button', { name: 'Save this search' }).click();
  await expect(form.getByLabel('Email me new jobs')).toHaveValue('instant');
  await form.getByRole('button', { name: 'Save search' }).click();
  await expect(page.getByRole('status')).toContainText('Saved “engineer”');
  await page.goto('/alerts');
  await expect(page.getByTestId('saved-search').filter({ hasText: 'engineer' }).getByLabel('Alerts')).toHaveValue('instant');
});

test('the unsubscribe pages claim nothing they did not do, and speak to a signed-in seeker as such', async ({ page }) => {
  // Opened without an outcome, the "turned off" page had said "Alerts for that saved search are off".
  await page.goto('/alerts/unsubscribed');
  await expect(page.getByRole('heading', { name: 'No alerts changed' })).toBeVisible();
  await expect(page.getByRole('main').getByText(/are off|no more emails/)).toHaveCount(0);
  await page.goto('/alerts/unsubscribed?result=unsubscribed');
  await expect(page.getByRole('heading', { name: 'Unsubscribed' })).toBeVisible();
  await expect(page.getByText('You will get no more emails about it.', { exact: false })).toBeVisible();

  // A broken link had told a signed-in seeker to "Sign in to manage your alerts".
  await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
  await page.goto('/alerts/unsubscribe?token=bogus');
  await expect(page.getByRole('heading', { name: 'This link does not work' })).toBeVisible();
  await expect(page.getByRole('main').getByText(/sign in/i)).toHaveCount(0);
  await page.getByRole('main').getByRole('link', { name: 'your alerts' }).click();
  await expect(page).toHaveURL(/\/alerts$/);
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the bell sits beside the menu; alerts and notifications fit the screen', async ({ page }) => {
    await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
    await expect(page.getByTestId('notification-bell').last()).toBeVisible();
    await page.getByText('Menu').click();
    await page.getByRole('link', { name: 'Alerts' }).click();
    await expect(page).toHaveURL(/\/alerts$/);
    for (const path of ['/alerts', '/notifications', '/jobs']) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
    }
  });
});
