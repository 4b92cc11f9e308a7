import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { PASSWORD, signIn, signOut } from './helpers';

const ADMIN = { email: 'admin@givemejobs.dev', password: 'Operate!2026x' };
const SEEKER = { email: 'seeker@givemejobs.dev', password: 'Seeker!2026x' };

/**
 * The page at 390 and 1280 px, saved as test artifacts, and no sideways scroll at 360 px (the
 * narrowest phone the app supports).
 */
async function screens(page: Page, info: TestInfo, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: info.outputPath(`recruiter-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 360, height: 800 });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${name} is wider than a 360 px screen`).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a new recruiter sets up their company, is approved, posts a job, reads an applicant with their resume and moves them on', async ({
  page,
}, info) => {
  // Two sign-ups, a document generation and several workflow runs on a shared machine.
  test.setTimeout(420_000);
  const stamp = Date.now().toString(36);
  const company = `Journey Works ${stamp}`;
  const title = `Journey Data Engineer ${stamp}`;
  const email = `recruiter.${stamp}@example.com`;

  // Sign up as a recruiter: the dashboard asks for a company before anything else.
  await page.goto('/sign-up');
  await page.getByLabel('First name').fill('Riley');
  await page.getByLabel('Last name').fill('Hiring');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByLabel('hiring').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/recruiter$/);
  await expect(page.getByRole('heading', { name: 'Set up your company' })).toBeVisible();
  await screens(page, info, 'onboarding');

  await page.getByLabel('Company name').fill(company);
  await page.getByLabel('Website').fill('https://journey.example');
  await page.getByRole('button', { name: 'Create company' }).click();
  await expect(page.getByTestId('pending-approval')).toContainText('Pending approval');
  await screens(page, info, 'pending');
  // The job form is never where they learn they cannot post.
  await page.goto('/recruiter/jobs/new');
  await expect(page.getByTestId('pending-approval')).toBeVisible();
  await expect(page.getByLabel('Job title')).toHaveCount(0);
  await signOut(page);

  // An operator approves the company.
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto('/recruiter/approvals');
  await screens(page, info, 'approvals');
  await page.getByRole('button', { name: `Approve ${company}` }).click();
  await expect(page.getByRole('button', { name: `Approve ${company}` })).toHaveCount(0);
  await signOut(page);

  // The recruiter posts a job.
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/recruiter$/);
  await expect(page.getByRole('heading', { name: `Jobs at ${company}` })).toBeVisible();
  await page.getByRole('navigation', { name: 'Recruiter' }).getByRole('link', { name: 'Post a job' }).click();
  await screens(page, info, 'new-job');
  await page.getByLabel('Job title').fill(title);
  await page
    .getByLabel('Description')
    .fill('Build and run the data pipelines our analysts rely on, in Python, SQL and PostgreSQL, with Airflow.');
  await page.getByLabel('Location').fill('Austin, TX');
  await page.getByLabel('Required skills').fill('Python, SQL, PostgreSQL, Airflow, Spark');
  await page.getByRole('button', { name: 'Post job' }).click();
  // Posting re-infers and re-embeds in-process: slow on a loaded machine.
  await expect(page.getByRole('heading', { name: title })).toBeVisible({ timeout: 60_000 });
  const jobUrl = new URL(page.url()).pathname;
  const jobId = jobUrl.split('/').pop() ?? '';
  // An edit says it was saved, beside the button (seen on a walk: nothing did).
  const edit = page.getByRole('region', { name: 'Edit posting' });
  await edit.getByLabel('Location').fill('Austin, TX');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByRole('status')).toHaveText('Saved.', { timeout: 60_000 });
  await page.getByRole('link', { name: 'Company', exact: true }).first().click();
  await page.getByRole('button', { name: 'Invite a colleague' }).click();
  const inviteUrl = await page.getByTestId('invite-url').inputValue();
  expect(inviteUrl).toMatch(/\/recruiter\/join\/[A-Za-z0-9_-]{43}$/);
  await screens(page, info, 'company');
  await page.goto(new URL(inviteUrl).pathname);
  await screens(page, info, 'join');
  await signOut(page);

  // The demo seeker applies and attaches a tailored resume.
  await signIn(page, SEEKER.email, SEEKER.password);
  await page.goto(`/jobs/${jobId}`);
  // The company recruits here: the page says what applying shares, and asks first.
  await expect(page.getByRole('button', { name: 'Mark as applied' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Apply with your profile' }).click();
  await expect(page.getByTestId('share-profile-confirm')).toContainText('will see this application, your profile and your email');
  await page.getByRole('button', { name: 'Share and apply' }).click();
  await expect(page.getByText('Tracked: applied')).toBeVisible();
  await page.getByTestId('generate-document').getByRole('button', { name: 'Generate tailored resume' }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}$/, { timeout: 180_000 });
  const attach = page.getByTestId('attach-to-application');
  await expect(attach.getByRole('combobox')).toHaveValue(/.+/);
  await attach.getByRole('button', { name: 'Attach' }).click();
  await expect(attach.getByText(/^Attached:/)).toBeVisible();
  await signOut(page);

  // The recruiter finds the applicant, reads their page and resume, and moves them to interview.
  await signIn(page, email, PASSWORD);
  // They were told of the new applicant.
  await page.goto('/notifications');
  await expect(page.getByText(`New applicant for ${title}`)).toBeVisible();
  await page.goto('/recruiter');
  await page.getByLabel('Title or place').fill(stamp);
  await page.getByLabel('Applicants').selectOption('yes');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByTestId('company-job')).toHaveCount(1);
  await screens(page, info, 'dashboard');
  await page.getByRole('link', { name: 'Candidates', exact: true }).first().click();
  await expect(page.getByTestId('pipeline-item').filter({ hasText: 'Demo Seeker' })).toBeVisible();
  await screens(page, info, 'candidates');
  await page.goto(jobUrl);
  const applicant = page.getByTestId('applicant').filter({ hasText: 'Demo Seeker' });
  await applicant.getByText('Why this match').click();
  await expect(applicant).toContainText(/Has \d of 5 required skills/);
  await expect(applicant).not.toContainText(/\byou(r)?\b/i);
  await screens(page, info, 'job');
  await applicant.getByRole('link', { name: 'Demo Seeker' }).click();
  await expect(page).toHaveURL(/\/recruiter\/applications\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('candidate-email')).toHaveText(SEEKER.email);
  await expect(page.getByTestId('document-preview')).toContainText('Demo Seeker');
  const download = await page.request.get((await page.getByTestId('download-pdf').getAttribute('href')) ?? '');
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  await screens(page, info, 'candidate');
  await page.getByLabel('Move Demo Seeker to').selectOption('interview_scheduled');
  await expect(page.getByTestId('applicant-status')).toHaveText('Interview scheduled');
  await signOut(page);

  // The seeker is told.
  await signIn(page, SEEKER.email, SEEKER.password);
  await page.goto('/notifications');
  await expect(page.getByText(`${title}: Interview scheduled`)).toBeVisible();
});
