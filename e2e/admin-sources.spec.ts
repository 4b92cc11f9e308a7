import { expect, test } from '@playwright/test';
import { FIXTURE_ORIGIN, serveJobPages, type FixturePosting } from './fixture-job-pages';
import { signIn } from './helpers';

const ADMIN = { email: 'admin@givemejobs.dev', password: 'Operate!2026x' };
const stamp = Date.now().toString(36);
const posting = (n: number, title: string): FixturePosting => ({
  id: `src-${stamp}-${n}`,
  title: `${title} ${stamp}`,
  company: 'Fixture Works',
  city: 'Denver',
  region: 'CO',
  description: `${title}: plan, build and look after the systems our customers use every day.`,
});

let stop: () => Promise<void>;
test.beforeAll(async () => {
  stop = await serveJobPages([posting(1, 'Platform Engineer'), posting(2, 'Support Analyst')]);
});
test.afterAll(async () => {
  await stop();
});

test('an operator adds a career page as a source, runs it, and sees what it brought in', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { name: 'Job sources' })).toBeVisible();

  const form = page.getByRole('form', { name: 'Add a source' });
  await form.getByLabel('Source').selectOption('jsonld');
  // A mistake first: a board token where an address belongs is refused inline.
  await form.getByLabel('Career page address').fill('acme');
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(form.getByText('Enter the career page address')).toBeVisible();

  await form.getByLabel('Career page address').fill(`${FIXTURE_ORIGIN}/careers`);
  await form.getByRole('button', { name: 'Add source' }).click();
  const row = page.getByTestId('source-row').filter({ hasText: '127.0.0.1' }).last();
  await expect(row).toContainText('Not run yet.');

  await row.getByRole('button', { name: 'Run now' }).click();
  const counts = row.getByTestId('run-counts');
  await expect(counts).toBeVisible({ timeout: 60_000 });
  await expect(counts.locator('div').filter({ hasText: 'Fetched' }).locator('dd')).toHaveText('2', { timeout: 60_000 });
  await expect(counts.locator('div').filter({ hasText: 'New' }).locator('dd')).toHaveText('2');

  // The jobs are searchable like any other.
  await page.goto(`/jobs?q=${encodeURIComponent(`Platform Engineer ${stamp}`)}`);
  await expect(page.getByTestId('job-card').first()).toContainText(`Platform Engineer ${stamp}`);
});
