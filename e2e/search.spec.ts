import { expect, test } from '@playwright/test';

test('search filters live in the URL: shareable, and the back button restores them', async ({ page }) => {
  await page.goto('/jobs');
  const cards = page.getByTestId('job-card');
  await expect(cards.first()).toBeVisible();
  const allCount = await page.getByTestId('result-count').textContent();

  // A keyword from a real listing.
  const title = (await cards.first().getByRole('heading').textContent())?.trim() ?? '';
  const word = title.split(/\s+/).find((w) => w.length > 4) ?? title;
  await page.getByLabel('Keywords').fill(word);
  await page.getByLabel('Keywords').press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`));
  await expect(cards.first()).toContainText(new RegExp(word, 'i'));

  // Controlled by the URL: the box turns checked once the navigation lands.
  await page.getByRole('checkbox', { name: /Remote/ }).click();
  await expect(page).toHaveURL(/remote=remote/);
  await expect(page.getByRole('checkbox', { name: /Remote/ })).toBeChecked();
  await expect(cards.first().or(page.getByTestId('empty-results'))).toBeVisible();
  for (const card of await cards.all()) await expect(card).toContainText('Remote');

  await page.goBack();
  await expect(page).not.toHaveURL(/remote=remote/);
  await expect(page.getByRole('checkbox', { name: /Remote/ })).not.toBeChecked();

  // A shared link opens the same search.
  await page.goto(`/jobs?q=${encodeURIComponent(word)}&remote=remote`);
  await expect(page.getByRole('checkbox', { name: /Remote/ })).toBeChecked();
  await expect(page.getByLabel('Keywords')).toHaveValue(word);

  // Nothing matches: the empty state offers ways out.
  await page.goto('/jobs?q=zzqqxxnothing');
  await expect(page.getByTestId('empty-results')).toBeVisible();
  await page.getByRole('button', { name: /Clear the keywords/ }).click();
  await expect(page.getByTestId('result-count')).toHaveText(allCount ?? '');
});

test('on a 390 px phone the results start on the first screen; the filters open from one button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/jobs?remote=remote');
  const first = page.getByTestId('job-card').first();
  await expect(first).toBeVisible();
  // The filter panel above them had pushed the first result below the fold.
  expect((await first.boundingBox())?.y ?? Infinity).toBeLessThan(844);
  const remote = page.getByRole('checkbox', { name: /Remote/ });
  await expect(remote).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Sort and filter (1 on)' });
  await toggle.click();
  await expect(remote).toBeChecked();
  await remote.click();
  await expect(page).not.toHaveURL(/remote=remote/);
  await page.screenshot({ path: test.info().outputPath('search-filters-390.png'), fullPage: true });
});

test('keywords over 200 characters get a message in the form and in a link, never a silent unfiltered list', async ({
  page,
}) => {
  await page.goto('/jobs');
  const long = 'mechanical '.repeat(25).trim(); // 274 characters
  // Typed before the form hydrates, the text is reset by React: type again until the form answers.
  await expect(async () => {
    await page.getByLabel('Keywords').fill(long);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.locator('#q-error')).toHaveText('Keep the search under 200 characters (this has 274).', {
      timeout: 2_000,
    });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByLabel('Keywords')).toHaveAttribute('aria-invalid', 'true');
  // Nothing was sent: the URL has no keywords, and the typed text is still there to shorten.
  expect(new URL(page.url()).searchParams.get('q')).toBeNull();
  await expect(page.getByLabel('Keywords')).toHaveValue(long);
  await page.getByLabel('Keywords').fill('mechanical');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/q=mechanical/);
  await expect(page.locator('#q-error')).toHaveCount(0);

  await page.goto(`/jobs?q=${encodeURIComponent(long)}`);
  await expect(page.getByTestId('search-notice')).toContainText('Keep the search under 200 characters (this has 274).');
  await expect(page.getByTestId('search-notice')).toContainText('This list is not filtered by it.');
});

test('a search no job fully matches lists the jobs with some of its words, and says so', async ({ page }) => {
  // The seed's postings say "nurse" (Office Nurse, Critical Care Nurse), none "registered nurse".
  await page.goto('/jobs?q=zzqx+nurse');
  await expect(page.getByTestId('some-words-note')).toHaveText(
    'No job has all of these words. These jobs have some of them, those with more of them first.',
  );
  await expect(page.getByTestId('job-card').first()).toContainText(/nurse/i);
});

test('a search of emoji or punctuation alone says the list is not filtered by it', async ({ page }) => {
  // "🚀🚀" listed every job with nothing to say why.
  await page.goto('/jobs?q=%F0%9F%9A%80%F0%9F%9A%80');
  await expect(page.getByTestId('no-words-note')).toHaveText(
    '“🚀🚀” has no word to search by, so this list is not filtered by it.',
  );
  await expect(page.getByTestId('job-card').first()).toBeVisible();
  await page.goto('/jobs?q=nurse');
  await expect(page.getByTestId('job-card').first()).toBeVisible();
  await expect(page.getByTestId('no-words-note')).toHaveCount(0);
});

test('keywords with nothing to search by over filters no job meets blame the filters, not the words', async ({
  page,
}) => {
  // The note said "this list is not filtered by it" above an empty list that advised other words.
  await page.goto('/jobs?q=%F0%9F%9A%80&location=Zzqxville');
  await expect(page.getByTestId('no-words-note')).toHaveText(
    '“🚀” has no word to search by, so it was left out. No job meets the other criteria either.',
  );
  await expect(page.getByTestId('empty-results')).toBeVisible();
  await expect(page.getByTestId('empty-results')).not.toContainText('Try fewer or broader words');
  await expect(page.getByRole('button', { name: 'Search everywhere, not only “Zzqxville”' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Clear the keywords/ })).toHaveCount(0);
});
