import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signUpFreshUser } from './helpers';

const fixture = (name: string) => path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'resumes', name);

for (const file of ['resume.pdf', 'resume.docx']) {
  test(`import ${file}: review the draft, save it, see it in the profile`, async ({ page }) => {
    await signUpFreshUser(page, 'Elena');
    await page.goto('/profile/import');
    await page.getByTestId('resume-file').setInputFiles(fixture(file));
    const review = page.getByTestId('draft-review');
    await expect(review).toBeVisible({ timeout: 30_000 });
    await expect(review.getByText('Python', { exact: true })).toBeVisible();

    // Review: drop one skill before saving.
    await review.getByLabel('Keep SQL').uncheck();
    await page.getByRole('button', { name: 'Save to my profile' }).click();

    await expect(page).toHaveURL(/\/profile(\?imported=1)?$/);
    const skills = page.getByRole('list', { name: 'Your skills' });
    await expect(skills.getByText('Python', { exact: true })).toBeVisible();
    await expect(skills.getByText('SQL', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Experience' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByTestId('skill-score')).not.toHaveText(/^0/);
  });
}

test('a disguised file is refused with a clear message', async ({ page }) => {
  await signUpFreshUser(page);
  await page.goto('/profile/import');
  await page.getByTestId('resume-file').setInputFiles(fixture('fake.pdf'));
  await expect(page.getByTestId('import-error')).toContainText('is named as a PDF but');
  await page.goto('/profile');
  await expect(page.getByText('No skills yet.')).toBeVisible();
});

test('an empty file is refused in words, without a field name', async ({ page }) => {
  // It said "Content base64: The file is empty." (a walk).
  await signUpFreshUser(page);
  await page.goto('/profile/import');
  await page.getByTestId('resume-file').setInputFiles(fixture('empty.pdf'));
  await expect(page.getByTestId('import-error')).toHaveText(
    '“empty.pdf” is empty. Choose your resume file again, or paste its text.',
  );
});

test('profile editing: add a skill with inline validation, remove it', async ({ page }) => {
  await signUpFreshUser(page);
  await page.goto('/profile');
  const form = page.getByRole('form', { name: 'Add a skill' });
  await form.getByRole('button', { name: 'Add skill' }).click();
  await expect(form.getByText('Skill name is required.')).toBeVisible();
  await form.getByLabel('Skill').fill('reactjs');
  await form.getByRole('button', { name: 'Add skill' }).click();
  const skills = page.getByRole('list', { name: 'Your skills' });
  await expect(skills.getByText('React', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Remove React' }).click();
  await expect(page.getByText('No skills yet.')).toBeVisible();
});

test('the review fits a phone screen: no sideways scrolling', async ({ page }) => {
  // Found in a new-user walk: at 390 px each skill row's controls ran past the screen's edge.
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpFreshUser(page, 'Phone');
  await page.goto('/profile/import');
  await page.getByTestId('resume-file').setInputFiles(fixture('resume.pdf'));
  await expect(page.getByTestId('draft-review')).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('what the profile has no place for is listed in the review, not dropped without a word', async ({ page }) => {
  await signUpFreshUser(page, 'Priya');
  await page.goto('/profile/import');
  const resume = [
    'Priya Natarajan',
    'EXPERIENCE',
    'Design Engineer, Larkspur Engineering, Jul 2018 - Present',
    '• Designed pressure vessels',
    'SKILLS',
    'AutoCAD, SolidWorks',
    'EXTRA CURRICULAR ACTIVITIES',
    '• Organised a national technical event for 400 students',
    'HOBBIES',
    'Chess, trekking',
  ].join('\n');
  await page.getByLabel('Or paste the text').fill(resume);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  const leftOut = page.getByRole('region', { name: 'Not imported' });
  await expect(leftOut).toBeVisible({ timeout: 30_000 });
  await leftOut.getByText('EXTRA CURRICULAR ACTIVITIES (1 line)').click();
  await expect(leftOut.getByText('Organised a national technical event for 400 students')).toBeVisible();
  await expect(leftOut.getByText('HOBBIES (1 line)')).toBeVisible();
});

test('a length in months the browser cannot read as a number is refused, not saved as no length', async ({ page }) => {
  await signUpFreshUser(page, 'Tomas');
  await page.goto('/profile/import');
  await page
    .getByLabel('Or paste the text')
    .fill(
      [
        'Tomas Berg',
        'EXPERIENCE',
        'Design Engineer, Larkspur Engineering',
        '• Designed pressure vessels',
        'SKILLS',
        'AutoCAD',
      ].join('\n'),
    );
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  const review = page.getByTestId('draft-review');
  await expect(review).toBeVisible({ timeout: 30_000 });
  const months = review.getByLabel('Length in months (if no dates)').first();
  // A range: the browser hands the field over as empty, which would save "no length" silently.
  await months.pressSequentially('12-18');
  await page.getByRole('button', { name: 'Save to my profile' }).click();
  await expect(review.getByText('Enter a number, digits only.')).toBeVisible();
  await expect(page).toHaveURL(/\/profile\/import/);

  await months.fill('18');
  await page.getByRole('button', { name: 'Save to my profile' }).click();
  await expect(page).toHaveURL(/\/profile(\?imported=1)?$/);
  const experience = page.getByRole('region', { name: 'Experience' });
  await expect(experience.getByRole('heading', { name: /Design Engineer/ })).toBeVisible();
  await expect(experience.getByText('about 18 months')).toBeVisible();
});
