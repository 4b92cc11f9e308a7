import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

// The seeded demo seeker has a full-stack developer's profile (seed/demo-profile.ts).
test('the demo seeker sees matches with explanations, and why-this-match and the skill gap on a job', async ({
  page,
}) => {
  await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
  await page.getByRole('link', { name: 'Matches' }).click();
  await expect(page.getByRole('heading', { name: 'Jobs for you' })).toBeVisible();
  await expect(page.getByTestId('profile-occupation')).toContainText('O*NET 15-');

  const first = page.getByTestId('job-card').first();
  await expect(first.getByTestId('match-badge')).toHaveText(/^\d{1,3}% · (Poor|Fair|Good|Strong|Great) match$/);
  await first.getByText('Why this match').click();
  // The factor table adds up to the score shown on the badge.
  const badge = (await first.getByTestId('match-badge').textContent()) ?? '';
  const score = Number(badge.split('%')[0]);
  const total = first.getByRole('row', { name: /Match score/ });
  await expect(total).toContainText(String(score));
  // And its rows add up to it: rounded one by one, 38 + 2 + 6 + 0 + 2 had stood above 49 (a walk).
  for (let i = 0; i < 5; i++) {
    const card = page.getByTestId('job-card').nth(i);
    if (i > 0) await card.getByText('Why this match').click();
    const rows = card.locator('tbody tr').filter({ hasNotText: 'Match score' });
    await expect(rows.first()).toBeVisible();
    const points = (await rows.locator('td:last-child').allTextContents()).map((t) => Number(t.split('/')[0]));
    const shown = Number(
      (await card
        .getByRole('row', { name: /Match score/ })
        .locator('td')
        .textContent()) ?? '',
    );
    expect(
      points.reduce((a, b) => a + b, 0),
      `card ${i}: ${points.join(' + ')}`,
    ).toBe(shown);
  }

  await first.getByRole('heading').getByRole('link').click();
  await expect(page.getByTestId('match-panel')).toBeVisible();
  await expect(page.getByTestId('match-panel').getByTestId('match-badge')).toHaveText(badge);
  await expect(page.getByTestId('job-occupation')).toContainText('O*NET');

  // Best-match order in search is offered to signed-in users and shows badges on the cards.
  await page.goto('/jobs?sort=match');
  await expect(page.getByTestId('job-card').first().getByTestId('match-badge')).toBeVisible();
});

test('the matches list grows 20 at a time with "Show more", keeping the filters and landing on the first new match', async ({
  page,
}) => {
  await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
  // Every box unticked: any arrangement, job type and pay, so the seeded jobs fill more than a page.
  await page.goto('/matches?f=1');
  const cards = page.getByTestId('job-card');
  await expect(cards).toHaveCount(20);
  await page.getByTestId('show-more-matches').click();
  await expect(page).toHaveURL(/[?&]n=40#match-21$/);
  await expect(cards).toHaveCount(40);
  await expect(page.locator('#match-21')).toBeInViewport();
  // The filters stayed: the form still reads as submitted with every box unticked.
  expect(new URL(page.url()).searchParams.get('f')).toBe('1');
});
