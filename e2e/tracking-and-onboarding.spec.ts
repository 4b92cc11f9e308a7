import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openJobNotAnsweredHere, recordApplied, signUpFreshUser } from './helpers';

test.describe('a new seeker', () => {
  // The calendar file must carry UTC times whatever the reader's zone: enter one in New York.
  test.use({ timezoneId: 'America/New_York' });

  test('follows the first-run checklist, then records an interview (ICS download, then the move it means) and a contact', async ({ page }) => {
    test.setTimeout(180_000);
    await signUpFreshUser(page, 'Onboard');

    // The checklist: nothing done yet; it can be put away for good.
    const checklist = page.getByTestId('onboarding');
    await expect(checklist.getByTestId('onboarding-progress')).toHaveText('0 of 4 done');
    // An empty profile has no matches to see: opening the page does not tick the step (a walk saw
    // "See the jobs that fit you (done)" beside "Add your skills… to see matches").
    await checklist.getByRole('link', { name: 'See the jobs that fit you' }).click();
    await expect(page).toHaveURL(/\/matches$/);
    await expect(page.getByRole('heading', { name: 'Jobs for you' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.goto('/jobs');
    await expect(checklist.getByTestId('onboarding-progress')).toHaveText('0 of 4 done');
    await expect(checklist.locator('[data-step="matches"]')).toHaveAttribute('data-done', 'false');
    await checklist.getByRole('button', { name: 'Hide this checklist' }).click();
    await expect(checklist).toBeHidden();
    await page.reload();
    await expect(page.getByTestId('job-card').first()).toBeVisible();
    await expect(checklist).toBeHidden();

    // Track a job, open the application. Not one of a company that recruits here: there, the
    // interview is the company's move to record.
    await openJobNotAnsweredHere(page);
    await recordApplied(page);
    await page.getByRole('link', { name: 'View application' }).click();
    await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);

    // An interview: a bad link is refused by the field, then saved, listed and downloadable.
    const interviews = page.getByRole('region', { name: 'Interviews' });
    await interviews.getByLabel('Date and time').fill('2030-03-05T14:30');
    await interviews.getByLabel('Length (minutes)').fill('45');
    await interviews.getByLabel('Location (optional)').fill('Acme HQ, room 4; 2nd floor');
    await interviews.getByLabel('Video link (optional)').fill('ftp://nope');
    await interviews.getByRole('button', { name: 'Add interview' }).click();
    await expect(interviews.getByRole('alert')).toHaveText('Use a web link starting with https://.');
    await interviews.getByLabel('Video link (optional)').fill('https://meet.example.com/abc');
    await interviews.getByRole('button', { name: 'Add interview' }).click();
    await expect(interviews.getByRole('status')).toHaveText(/Interview added for Tue, Mar 5, 2030/);
    await expect(interviews.getByTestId('interviews')).toContainText('45 min');
    // An interview date offers the move it usually means.
    await interviews.getByRole('button', { name: 'Mark as Interview scheduled' }).click();
    await expect(interviews.getByTestId('move-message')).toHaveText(/moved to Interview scheduled/);
    await expect(interviews.getByRole('button', { name: 'Mark as Interview scheduled' })).toHaveCount(0);
    // Read back after a reload (server-rendered, then hydrated) in the reader's zone, not the server's UTC.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Interviews' }).getByTestId('interviews')).toContainText(
      'Tue, Mar 5, 2030, 2:30 PM · 45 min',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      interviews.getByRole('link', { name: 'Add to calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('interview.ics');
    const ics = await readFile((await download.path()) ?? '', 'utf8');
    expect(ics).toContain('BEGIN:VEVENT\r\n');
    // 14:30 in New York on 5 March 2030 (EST, UTC-5) is 19:30 UTC.
    expect(ics).toContain('DTSTART:20300305T193000Z\r\n');
    expect(ics).toContain('DTEND:20300305T201500Z\r\n');
    expect(ics).toContain('LOCATION:Acme HQ\\, room 4\\; 2nd floor\r\n');
    expect(ics).toContain('URL:https://meet.example.com/abc\r\n');

    // A contact, kept across a reload.
    const contacts = page.getByRole('region', { name: 'Contacts' });
    await contacts.getByLabel('Name').fill('Dana Reyes');
    await contacts.getByLabel('Role (optional)').fill('Recruiter');
    await contacts.getByLabel('Email (optional)').fill('dana@acme.example');
    await contacts.getByRole('button', { name: 'Add contact' }).click();
    await expect(contacts.getByRole('status')).toHaveText('Dana Reyes added.');
    await page.reload();
    await expect(page.getByRole('region', { name: 'Contacts' }).getByTestId('contacts')).toContainText('Dana Reyes · Recruiter');
    await expect(page.getByRole('region', { name: 'Contacts' }).getByRole('link', { name: 'dana@acme.example' })).toHaveAttribute(
      'href',
      'mailto:dana@acme.example',
    );

    // The board's columns show how many applications each holds.
    await page.goto('/applications');
    await expect(
      page.getByRole('region', { name: 'Interview scheduled', exact: true }).getByRole('heading', { level: 2 }),
    ).toHaveText(/Interview scheduled\s*1/);
  });
});
