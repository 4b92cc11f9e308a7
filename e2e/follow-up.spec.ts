import { expect, test } from '@playwright/test';
import { recordApplied, signUpFreshUser } from './helpers';

/** The local calendar day `days` from now, as the date field's value (yyyy-mm-dd). */
function localDay(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('a follow-up date typed only in part is refused and the saved reminder kept; yesterday is refused; Clear removes it', async ({
  page,
}) => {
  await signUpFreshUser(page, 'Fay');
  await page.getByTestId('job-card').first().getByRole('link').click();
  await recordApplied(page);
  await page.getByRole('link', { name: 'View application' }).click();
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);

  const field = page.getByLabel('Follow up on');
  const save = page.getByRole('button', { name: 'Save date' });
  // The field's own error (Next's route announcer is an alert too).
  const fieldError = page.locator('#follow-up-date-error');
  const inAWeek = localDay(7);
  await field.fill(inAWeek);
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: /We will remind you on/ })).toBeVisible();

  // Half the date erased (the year): the field reads as empty, which used to clear the reminder.
  await page.reload();
  await expect(field).toHaveValue(inAWeek);
  await field.click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Backspace');
  await expect(field).toHaveValue('');
  await save.click();
  await expect(fieldError).toHaveText('Enter the whole date: day, month and year. To remove the follow-up, use Clear.');
  await expect(page.getByText('Follow-up cleared.')).toHaveCount(0);
  await page.reload();
  await expect(field).toHaveValue(inAWeek);

  // A day already past where the seeker is.
  await field.fill(localDay(-1));
  await save.click();
  await expect(fieldError).toHaveText('Pick today or a later date.');
  await page.reload();
  await expect(field).toHaveValue(inAWeek);

  // Only Clear removes it.
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByText('Follow-up cleared.')).toBeVisible();
  await page.reload();
  await expect(field).toHaveValue('');
});
