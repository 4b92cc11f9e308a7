import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

/**
 * What a visitor reads must agree with what a click then shows: the landing page's open jobs and
 * the search's count, each facet and its own filter; and the analytics page speaks plainly.
 */

const resultCount = (page: Page) => page.getByTestId('result-count');

/** "1,908 jobs" / "About 1,900 jobs" -> the figure as written. */
const figure = (text: string | null) => (text ?? '').match(/[\d,]+/)?.[0] ?? '';

test('the landing page and the search give the same number of open jobs', async ({ page }) => {
  await page.goto('/');
  const landing = figure(await page.getByTestId('open-jobs').textContent());
  expect(landing).not.toBe('');
  await page.goto('/jobs');
  await expect(resultCount(page)).not.toHaveText('Searching…');
  expect(figure(await resultCount(page).textContent())).toBe(landing);
  // Four product screenshots, each with its size reserved so the page does not shift.
  await page.goto('/');
  const shots = page.locator('[data-testid="landing-feature"] img');
  await expect(shots).toHaveCount(4);
  for (const img of await shots.all()) {
    expect(await img.getAttribute('width')).toBe('960');
    expect(await img.getAttribute('height')).toBe('600');
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(960);
  }
});

test('every facet count is what ticking it then shows, in both groups', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/jobs');
  const filters = page.locator('aside');
  for (const legend of ['Job type', 'Work arrangement']) {
    const group = filters.locator('fieldset', { has: page.locator('legend', { hasText: legend }) });
    const labels = group.locator('label');
    for (let i = 0; i < (await labels.count()); i++) {
      const label = labels.nth(i);
      const spans = label.locator(':scope > span');
      const shown = (await spans.count()) > 1 ? figure(await spans.nth(1).textContent()) : '';
      if (shown === '') continue; // no number: too rare to estimate, nothing to contradict
      // The filters live in the URL: the box turns checked once the page has followed.
      await label.getByRole('checkbox').click();
      await expect(label.getByRole('checkbox')).toBeChecked();
      await expect(resultCount(page)).toContainText(shown === '1' ? '1 job' : `${shown} jobs`);
      // The other group's facets are counted with this filter on, not zeroed.
      const other = filters.locator('fieldset', { hasNot: page.locator('legend', { hasText: legend }) }).first();
      const otherFigures = await other.locator('label > span:nth-of-type(2)').allTextContents();
      const sum = otherFigures.reduce((n, t) => n + Number(figure(t).replace(/,/g, '') || 0), 0);
      if (Number(shown.replace(/,/g, '')) > 0) expect(sum).toBeGreaterThan(0);
      await label.getByRole('checkbox').click();
      await expect(label.getByRole('checkbox')).not.toBeChecked();
    }
  }
});

test('analytics: labelled axes, plain words, no jargon', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/analytics');
    await page.waitForLoadState('networkidle');
    const text = await page.locator('main').innerText();
    // Model jargon and raw feature effects ("lowers your chances by 7.2 points") stay out.
    expect(text).not.toMatch(/\(utc\)|AUC|your chances by|title's length/);
    for (const axis of [
      'Day of week applied (UTC)',
      'Match score',
      'Share of applications',
      'Days until the first answer',
    ]) {
      await expect(page.locator('svg text', { hasText: axis }).first()).toBeAttached();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: test.info().outputPath(`analytics-${width}.png`), fullPage: true });
  }
});

test('a missing document or application says what is missing and links to its list; on a phone the matches link to their filters', async ({
  page,
}) => {
  await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
  await page.goto('/documents/zzz');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await expect(page.getByText('This document does not exist, or it is not yours.')).toBeVisible();
  await page.getByRole('link', { name: 'Your documents' }).click();
  await expect(page).toHaveURL(/\/documents$/);
  await page.goto('/applications/00000000-0000-4000-8000-000000000000');
  await expect(page.getByText('This application does not exist, or it is not yours.')).toBeVisible();

  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/matches');
  await page.getByTestId('to-match-filters').click();
  await expect(page).toHaveURL(/#match-filters$/);
  await expect(page.getByRole('button', { name: /Update matches/ })).toBeInViewport();
});
