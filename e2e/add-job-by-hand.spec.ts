import { expect, test } from '@playwright/test';
import { FIXTURE_ORIGIN, serveJobPages } from './fixture-job-pages';
import { signUpFreshUser } from './helpers';

/**
 * A job whose page cannot be read goes on the board by hand, from the address that failed: it
 * opens as the seeker's own application and job page, and no one else can open it.
 */
let stop: () => Promise<void>;
test.beforeAll(async () => {
  // A career site with no postings: every address on it answers 404.
  stop = await serveJobPages([]);
});
test.afterAll(async () => {
  await stop();
});

for (const width of [390, 1280]) {
  test(`at ${width} px a seeker adds a job by hand when its page cannot be read, and only they can open it`, async ({
    page,
  }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await signUpFreshUser(page, 'Hand');
    const stamp = `${width}-${Date.now().toString(36)}`;
    const title = `Referral Analyst ${stamp}`;
    const address = `${FIXTURE_ORIGIN}/referral/${stamp}`;

    await page.goto('/applications');
    await page.getByLabel('Add a job from anywhere').fill(address);
    await page.getByRole('button', { name: 'Add job' }).click();
    await expect(page.getByText('No page at that address (404).')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Add it by hand instead' }).click();

    const form = page.getByRole('form', { name: 'Add a job by hand' });
    await expect(form.getByLabel('Link to the posting (optional)')).toHaveValue(address);
    // Nothing typed yet: the required fields say so, beside themselves.
    await form.getByRole('button', { name: 'Add to my board' }).click();
    await expect(form.getByText('Job title is required.')).toBeVisible();
    await expect(form.getByText('Company is required.')).toBeVisible();

    await form.getByLabel('Job title').fill(title);
    await form.getByLabel('Company').fill('Northwind Referrals');
    await form.getByLabel('Location (optional)').fill('Austin, TX');
    await form.getByLabel('Work arrangement').selectOption('hybrid');
    // A long address in the text made a job page 455 px wide at 390 px (seen on a walk).
    const handbook = `https://handbook.example.com/${'benefits-and-policies/'.repeat(12)}index.html`;
    await form
      .getByLabel(/^Description/)
      .fill(`Reporting in SQL and Python for the finance team. 2+ years.\nHandbook: ${handbook}`);
    await form.getByLabel('Applied (today)').check();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const shot = info.outputPath(`add-job-by-hand-form-${width}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    await info.attach(`add-job-by-hand-form-${width}`, { path: shot, contentType: 'image/png' });
    await form.getByRole('button', { name: 'Add to my board' }).click();

    // It opens as the seeker's application, already applied.
    await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('Northwind Referrals · Austin, TX')).toBeVisible();
    await expect(page.getByTestId('application-status')).toContainText('Applied');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    // Its job page says who can see it, and carries the link that was given.
    await page.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
    const jobUrl = page.url();
    await expect(page.getByText('You added this job by hand: only you can see it.')).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'About the job' }).getByText('Reporting in SQL and Python for the finance team.'),
    ).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const jobShot = info.outputPath(`add-job-by-hand-job-${width}.png`);
    await page.screenshot({ path: jobShot, fullPage: true });
    await info.attach(`add-job-by-hand-job-${width}`, { path: jobShot, contentType: 'image/png' });

    // A typo is corrected on the job's own page.
    await page.getByText('Edit this job', { exact: true }).click();
    const edit = page.getByRole('form', { name: 'Edit this job' });
    await expect(edit.getByLabel('Job title')).toHaveValue(title);
    await expect(edit.getByLabel('Location (optional)')).toHaveValue('Austin, TX');
    await edit.getByLabel('Job title').fill(`${title} II`);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} II`);

    // On the board, in the Applied column.
    await page.goto('/applications');
    await expect(page.getByRole('link', { name: `${title} II` }).first()).toBeVisible();

    // Signed out, the job is not there.
    await page.context().clearCookies();
    await page.goto(jobUrl);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await page.goto(`/jobs?q=${encodeURIComponent(`"${title} II"`)}`);
    await expect(page.getByText('No jobs match this search.')).toBeVisible();
  });
}
