import { expect, test, type Page } from '@playwright/test';
import { possessive } from '../src/lib/validators/application-status';
import { openJobNotAnsweredHere, recordApplied, signIn, signOut, signUpFreshUser } from './helpers';

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('save a job, apply, move it on the board by keyboard and with Move to…, and keep it after a reload', async ({
  page,
}) => {
  await signUpFreshUser(page, 'Ada');

  // Open a job and track it: save, then record the application.
  const title = await openJobNotAnsweredHere(page);
  await page.getByRole('button', { name: '☆ Save job' }).click();
  await expect(page.getByRole('button', { name: '★ Saved' })).toBeVisible();
  await recordApplied(page);
  await expect(page.getByText('Tracked: applied')).toBeVisible();
  await expect(page.getByRole('link', { name: 'View application' })).toBeVisible();

  await page.getByRole('link', { name: 'Applications', exact: true }).click();
  await expect(page).toHaveURL(/\/applications$/);
  await expect(column(page, 'Applied')).toContainText(title);

  // Keyboard drag: pick up with Space, one column to the right, drop with Space.
  // Each step waits for the screen-reader announcement: it proves the step happened, and the
  // sensor listens for the next key only once the pick-up has been handled.
  const handle = page.getByRole('button', { name: new RegExp(`^Drag ${escapeRegExp(title)} at `) });
  const announced = (text: string) => expect(page.getByRole('status').filter({ hasText: text })).toBeAttached();
  await handle.focus();
  await page.keyboard.press('Space');
  await announced(`${title} is over its own column, Applied.`);
  await page.keyboard.press('ArrowRight');
  await announced(`${title} is over Interview scheduled. Drop to move it there.`);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('move-message')).toHaveText(/moved to Interview scheduled/);
  await expect(column(page, 'Interview scheduled')).toContainText(title);
  await expect(column(page, 'Applied')).not.toContainText(title);

  await page.reload();
  await expect(column(page, 'Interview scheduled')).toContainText(title);

  // An illegal drop (back to Applied) is refused with the reason, and the card stays put.
  await handle.focus();
  await page.keyboard.press('Space');
  await announced(`${title} is over its own column, Interview scheduled.`);
  await page.keyboard.press('ArrowLeft');
  await announced(`${title} is over Applied. It cannot move there.`);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('move-message')).toContainText(
    'Cannot move an application from Interview scheduled to Applied.',
  );
  await expect(column(page, 'Interview scheduled')).toContainText(title);

  // The non-drag alternative.
  await page.getByLabel(new RegExp(`^Move ${escapeRegExp(title)} at .* to$`)).selectOption('Interview completed');
  await expect(column(page, 'Interview completed')).toContainText(title);
  await page.reload();
  await expect(column(page, 'Interview completed')).toContainText(title);

  // The table view lives in the URL and shows the same application.
  await page.getByRole('link', { name: 'Table' }).click();
  await expect(page).toHaveURL(/view=table/);
  const row = page.getByTestId('application-row').filter({ hasText: title });
  await expect(row).toContainText('Interview completed');

  // The detail page keeps notes and shows the timeline.
  await row.getByRole('link', { name: title }).click();
  await page.getByRole('textbox', { name: 'Notes', exact: true }).fill('Second round with the team lead.');
  await page.getByRole('button', { name: 'Save notes' }).click();
  await expect(page.getByText('Notes saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue(
    'Second round with the team lead.',
  );
  await expect(page.getByTestId('timeline').getByRole('listitem')).toHaveText([
    /Saved the job/,
    /Saved → Applied/,
    /Applied → Interview scheduled/,
    /Interview scheduled → Interview completed/,
  ]);

  // A final move asks first: dismissed, nothing changes; confirmed, the application moves.
  const mover = page.getByLabel(new RegExp(`^Move ${escapeRegExp(title)} at .* to$`));
  page.once('dialog', (dialog) => void dialog.dismiss());
  await mover.selectOption('Rejected');
  await expect(page.getByTestId('move-message')).toHaveText(
    new RegExp(`^${escapeRegExp(title)} stays in Interview completed\\.`),
  );
  await page.reload();
  await expect(page.getByTestId('timeline').getByRole('listitem')).toHaveCount(4);
  let question = '';
  page.once('dialog', (dialog) => {
    question = dialog.message();
    void dialog.accept();
  });
  await mover.selectOption('Rejected');
  await expect(page.getByTestId('timeline').getByRole('listitem')).toHaveCount(5);
  expect(question).toContain('This is final');
});

test('the keyboard visits every column in order, empty ones included, on a full board', async ({ page }) => {
  // On a board with tall columns the nearest-corner default skipped empty columns (Interview
  // scheduled -> Accepted). Read-only: the drag is cancelled.
  await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
  await page.goto('/applications');
  const card = column(page, 'Applied').getByTestId('application-card').first();
  const title = (await card.getByRole('link').first().textContent())?.trim() ?? '';
  const announced = (text: string) => expect(page.getByRole('status').filter({ hasText: text })).toBeAttached();
  await card.getByRole('button', { name: /^Drag / }).focus();
  await page.keyboard.press('Space');
  await announced(`${title} is over its own column, Applied.`);
  for (const name of [
    'Interview scheduled',
    'Interview completed',
    'Offer received',
    'Accepted',
    'Rejected',
    'Withdrawn',
    'Ghosted',
  ]) {
    await page.keyboard.press('ArrowRight');
    await announced(`${title} is over ${name}.`);
  }
  await page.keyboard.press('ArrowLeft');
  await announced(`${title} is over Withdrawn.`);
  await page.keyboard.press('Escape');
  await announced(`Moving ${title} was cancelled. It stays in Applied.`);
  await expect(column(page, 'Applied')).toContainText(title);
});

test('moving a saved job to Applied on the board asks first when its company recruits here', async ({ page }) => {
  // Applying shares the profile with the company's recruiters: the job page asks before it does,
  // and so must the board.
  await signIn(page, 'recruiter@givemejobs.dev', 'Recruit!2026x');
  const heading = (await page.getByRole('heading', { level: 1, name: /^Jobs at / }).textContent()) ?? '';
  const company = heading.replace(/^Jobs at /, '').trim();
  await signOut(page);

  await signUpFreshUser(page, 'Careful');
  await page.goto(`/jobs?q=${encodeURIComponent(`"${company}"`)}`);
  const card = page.getByTestId('job-card').filter({ hasText: company }).first();
  const title = (await card.getByRole('heading').textContent())?.trim() ?? '';
  await card.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('button', { name: 'Apply with your profile' })).toBeVisible();
  await page.getByRole('button', { name: '☆ Save job' }).click();
  await expect(page.getByRole('button', { name: '★ Saved' })).toBeVisible();

  await page.goto('/applications');
  await expect(column(page, 'Saved')).toContainText(title);
  const mover = page.getByLabel(new RegExp(`^Move ${escapeRegExp(title)} at .* to$`));
  // Dismissed: nothing is shared, the card stays saved.
  let question = '';
  page.once('dialog', (dialog) => {
    question = dialog.message();
    void dialog.dismiss();
  });
  await mover.selectOption('Applied');
  await expect
    .poll(() => question)
    .toContain(`${possessive(company)} recruiters on GiveMeJobs will see this application`);
  await page.reload();
  await expect(column(page, 'Saved')).toContainText(title);
  await expect(column(page, 'Applied')).not.toContainText(title);
  // Accepted: the application is recorded.
  page.once('dialog', (dialog) => void dialog.accept());
  await mover.selectOption('Applied');
  await expect(page.getByTestId('move-message')).toHaveText(/moved to Applied/);
  await expect(column(page, 'Applied')).toContainText(title);
  await page.reload();
  await expect(column(page, 'Applied')).toContainText(title);

  // The company's recruiters record its answers: the applicant may only withdraw, and the card says why.
  const applied = column(page, 'Applied').getByTestId('application-card').filter({ hasText: title });
  await expect(applied).toContainText(`${company} records its answers here.`);
  await expect(mover.locator('option')).toHaveText(['Move to…', 'Withdrawn']);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
