import { expect, type Page, test } from '@playwright/test';
import { PASSWORD, signIn, signOut } from './helpers';

const RECRUITER = { email: 'recruiter@givemejobs.dev', password: 'Recruit!2026x' };

async function interviewRate(page: Page): Promise<string> {
  await page.goto('/analytics');
  return ((await page.getByTestId('metric-interview-rate').locator('dd').first().textContent()) ?? '').trim();
}

test('a recruiter moves an applicant to interview; the seeker sees it on the board and in analytics', async ({
  page,
}) => {
  // Three sign-ins, a sign-up and two workflow-driven analytics refreshes on a shared machine.
  test.setTimeout(180_000);
  const stamp = Date.now();
  const title = `Pipeline Engineer ${stamp}`;

  // The recruiter posts a job.
  await signIn(page, RECRUITER.email, RECRUITER.password);
  await expect(page).toHaveURL(/\/recruiter$/);
  await page.getByRole('navigation', { name: 'Recruiter' }).getByRole('link', { name: 'Post a job' }).click();
  await page.getByLabel('Job title').fill(title);
  await page
    .getByLabel('Description')
    .fill(
      'Own our CI pipelines and build tooling: GitHub Actions, Docker images, caching and flaky-test triage for forty engineers.',
    );
  await page.getByLabel('Location').fill('Remote');
  await page.getByLabel('Required skills').fill('Docker, Kubernetes, Python');
  await page.getByRole('button', { name: 'Post job' }).click();
  // Saving a posting re-infers and re-embeds it in-process: slow on a loaded machine.
  await expect(page.getByRole('heading', { name: title })).toBeVisible({ timeout: 60_000 });
  const jobId = page.url().split('/').pop() ?? '';
  await signOut(page);

  // A new seeker applies to it.
  const email = `pipeline.${stamp}@example.com`;
  await page.goto('/sign-up');
  await page.getByLabel('First name').fill('Pipeline');
  await page.getByLabel('Last name').fill('Tester');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await page.goto(`/jobs/${jobId}`);
  // The company recruits here: the page says what applying shares, and asks first.
  await expect(page.getByRole('button', { name: 'Mark as applied' })).toHaveCount(0);
  const applyButton = page.getByRole('button', { name: 'Apply with your profile' });
  const notice = page.getByTestId('share-profile-confirm');
  await applyButton.click();
  await expect(notice).toContainText('will see this application, your profile and your email');
  // A new account's profile is empty: it is said before anything reaches the employer.
  await expect(notice.getByTestId('empty-profile-warning')).toContainText('no experience and no skills yet');
  // Cancel shares nothing: the notice closes, focus goes back to the button, nothing is tracked.
  await notice.getByRole('button', { name: 'Cancel' }).click();
  await expect(notice).toHaveCount(0);
  await expect(applyButton).toBeFocused();
  await expect(page.getByText('Tracked: applied')).toHaveCount(0);
  await applyButton.click();
  await notice.getByRole('button', { name: 'Share and apply' }).click();
  await expect(page.getByText('Tracked: applied')).toBeVisible();
  await expect.poll(() => interviewRate(page)).toBe('0%');
  await signOut(page);

  // The recruiter moves the applicant to interview.
  await signIn(page, RECRUITER.email, RECRUITER.password);
  await page.goto(`/recruiter/jobs/${jobId}`);
  const applicant = page.getByTestId('applicant').filter({ hasText: 'Pipeline Tester' });
  await expect(applicant.getByTestId('applicant-status')).toHaveText('Applied');
  await applicant.getByLabel('Move Pipeline Tester to').selectOption('interview_scheduled');
  await expect(applicant.getByTestId('applicant-status')).toHaveText('Interview scheduled');
  // Rejecting is final and tells the applicant: it asks first, and Cancel changes nothing.
  let question = '';
  page.once('dialog', (dialog) => {
    question = dialog.message();
    void dialog.dismiss();
  });
  await applicant.getByLabel('Move Pipeline Tester to').selectOption('rejected');
  await expect.poll(() => question).toContain('Move Pipeline Tester to Rejected?');
  await expect(applicant.getByTestId('applicant-status')).toHaveText('Interview scheduled');
  await expect(applicant.getByLabel('Move Pipeline Tester to')).toHaveValue('');
  await signOut(page);

  // The seeker's board and analytics follow.
  await signIn(page, email, PASSWORD);
  await page.goto('/applications');
  const column = page.getByRole('region', { name: 'Interview scheduled' });
  await expect(column.getByTestId('application-card').filter({ hasText: title })).toBeVisible();
  await expect.poll(() => interviewRate(page)).toBe('100%');
});
