import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { signIn, signUpFreshUser } from './helpers';

/**
 * The five journeys walked at a phone's and a laptop's width: every page they pass is
 * screenshotted (kept as test artifacts, to be looked at) and may not scroll sideways.
 */
const WIDTHS = [390, 1280] as const;

/** Opens a page (or stays on the current one), waits for it to settle, checks its width and keeps a screenshot. */
async function look(page: Page, info: TestInfo, name: string, path?: string): Promise<void> {
  if (path) await page.goto(path);
  await expect(page.locator('main').first()).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0, { timeout: 20_000 });
  const { scroll, viewport } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(scroll, `${name} (${page.url()}) is ${scroll} px wide in a ${viewport} px window`).toBeLessThanOrEqual(
    viewport,
  );
  // Written to the test's output folder, which Playwright keeps after passing runs too.
  const file = info.outputPath(`${name}-${viewport}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await info.attach(`${name}-${viewport}`, { path: file, contentType: 'image/png' });
}

/** The first link on the page whose address starts with the prefix (and is more than the prefix). */
async function firstHref(page: Page, prefix: string, except = ''): Promise<string> {
  const others = except ? `:not([href="${except}"])` : '';
  const link = page.locator(`main a[href^="${prefix}"]:not([href="${prefix}"])${others}`).first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  if (!href) throw new Error(`no link under ${prefix}`);
  return href;
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width < 768 ? 844 : 900 } });

    test('a first visit: the landing page, search, a job, sign-up and sign-in', async ({ page }, info) => {
      await look(page, info, 'landing', '/');
      await look(page, info, 'search', '/jobs');
      await look(page, info, 'job', await firstHref(page, '/jobs/'));
      await look(page, info, 'sign-up', '/sign-up');
      await look(page, info, 'sign-in', '/sign-in');
    });

    test('a new seeker: sign-up, profile, import, matches, board', async ({ page }, info) => {
      test.setTimeout(120_000);
      await signUpFreshUser(page, 'Journey');
      await look(page, info, 'new-seeker-jobs');
      for (const path of ['/home', '/profile', '/profile/import', '/matches', '/applications', '/me']) {
        await look(page, info, `new-seeker${path.replaceAll('/', '-')}`, path);
      }
    });

    test('the demo seeker: matches, a match, the board, an application, documents, analytics', async ({
      page,
    }, info) => {
      test.setTimeout(120_000);
      await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
      await look(page, info, 'seeker-matches', '/matches');
      await look(page, info, 'seeker-match', await firstHref(page, '/jobs/'));
      await look(page, info, 'seeker-board', '/applications');
      await look(page, info, 'seeker-application', await firstHref(page, '/applications/'));
      for (const path of ['/saved', '/documents', '/analytics', '/profile']) {
        await look(page, info, `seeker${path.replaceAll('/', '-')}`, path);
      }
    });

    test('the demo recruiter: dashboard, a job, its applicants, a candidate, the company', async ({ page }, info) => {
      test.setTimeout(120_000);
      await signIn(page, 'recruiter@givemejobs.dev', 'Recruit!2026x');
      await look(page, info, 'recruiter-dashboard', '/recruiter');
      await look(page, info, 'recruiter-job', await firstHref(page, '/recruiter/jobs/', '/recruiter/jobs/new'));
      await look(page, info, 'recruiter-applicant', await firstHref(page, '/recruiter/applications/'));
      await look(page, info, 'recruiter-candidates', '/recruiter/candidates');
      await look(page, info, 'recruiter-company', '/recruiter/company');
      await look(page, info, 'recruiter-new-job', '/recruiter/jobs/new');
    });

    test('notifications: the bell, the notification centre and saved-search alerts', async ({ page }, info) => {
      await signIn(page, 'seeker@givemejobs.dev', 'Seeker!2026x');
      await expect(page.getByTestId('notification-bell').first()).toBeAttached();
      await look(page, info, 'notifications', '/notifications');
      await look(page, info, 'alerts', '/alerts');
    });
  });
}
