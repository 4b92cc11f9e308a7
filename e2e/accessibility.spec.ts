import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { signIn } from './helpers';

/**
 * axe (WCAG 2 A and AA rules) on every main page, in the light and the dark theme, with zero
 * serious or critical violations; each page is also photographed at 390 and 1280 px (attached to
 * the report) and must not scroll sideways on the phone.
 */

type Who = 'visitor' | 'seeker' | 'recruiter';

interface MainPage {
  name: string;
  who: Who;
  /** A path, or how to reach a page whose address holds a record id. */
  open: string | ((page: Page) => Promise<void>);
}

const clickFirst = (from: string, link: string) => async (page: Page) => {
  await page.goto(from);
  const href = await page.locator(link).first().getAttribute('href');
  expect(href, `no ${link} on ${from}`).toBeTruthy();
  await page.goto(href ?? from);
};

const PAGES: MainPage[] = [
  { name: 'landing', who: 'visitor', open: '/' },
  { name: 'sign-in', who: 'visitor', open: '/sign-in' },
  { name: 'sign-up', who: 'visitor', open: '/sign-up' },
  { name: 'offline', who: 'visitor', open: '/offline' },
  { name: 'search', who: 'seeker', open: '/jobs?q=engineer' },
  { name: 'job', who: 'seeker', open: clickFirst('/jobs', '[data-testid="job-card"] a[href^="/jobs/"]') },
  { name: 'matches', who: 'seeker', open: '/matches' },
  { name: 'profile', who: 'seeker', open: '/profile' },
  { name: 'import', who: 'seeker', open: '/profile/import' },
  { name: 'applications', who: 'seeker', open: '/applications' },
  // The table view scrolls inside its card; its screen-reader-only labels once widened the page.
  { name: 'applications-table', who: 'seeker', open: '/applications?view=table' },
  {
    name: 'application',
    who: 'seeker',
    open: clickFirst('/applications?view=table', '[data-testid="application-row"] a[href^="/applications/"]'),
  },
  { name: 'analytics', who: 'seeker', open: '/analytics' },
  { name: 'saved', who: 'seeker', open: '/saved' },
  { name: 'alerts', who: 'seeker', open: '/alerts' },
  { name: 'notifications', who: 'seeker', open: '/notifications' },
  { name: 'documents', who: 'seeker', open: '/documents' },
  { name: 'account', who: 'seeker', open: '/me' },
  { name: 'recruiter', who: 'recruiter', open: '/recruiter' },
  {
    name: 'recruiter-job',
    who: 'recruiter',
    open: clickFirst('/recruiter', 'a[href^="/recruiter/jobs/"]:not([href$="/new"])'),
  },
  { name: 'recruiter-new-job', who: 'recruiter', open: '/recruiter/jobs/new' },
  { name: 'recruiter-candidates', who: 'recruiter', open: '/recruiter/candidates' },
  {
    name: 'recruiter-candidate',
    who: 'recruiter',
    open: clickFirst('/recruiter/candidates', 'a[href^="/recruiter/applications/"]'),
  },
  { name: 'recruiter-company', who: 'recruiter', open: '/recruiter/company' },
];

const DEMO: Record<Exclude<Who, 'visitor'>, [string, string]> = {
  seeker: ['seeker@givemejobs.dev', 'Seeker!2026x'],
  recruiter: ['recruiter@givemejobs.dev', 'Recruit!2026x'],
};

async function open(page: Page, target: MainPage['open']): Promise<void> {
  if (typeof target === 'string') await page.goto(target);
  else await target(page);
  await page.waitForLoadState('networkidle');
}

async function photograph(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(name);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

for (const scheme of ['light', 'dark'] as const) {
  for (const who of ['visitor', 'seeker', 'recruiter'] as const) {
    test.describe(`${who} pages, ${scheme} theme`, () => {
      // One sign-in per group: argon2 on a loaded machine is slow, and the pages only read.
      let state: StorageState | undefined;
      test.beforeAll(async ({ browser }) => {
        if (who === 'visitor') return;
        const context = await browser.newContext();
        await signIn(await context.newPage(), ...DEMO[who]);
        state = await context.storageState();
        await context.close();
      });

      for (const main of PAGES.filter((p) => p.who === who)) {
        test(`${main.name}: no serious or critical axe violations, fits a 390 px phone`, async ({ browser }, testInfo) => {
          test.setTimeout(120_000);
          const context = await browser.newContext({ storageState: state, colorScheme: scheme });
          const page = await context.newPage();
          await page.setViewportSize({ width: 1280, height: 900 });
          await open(page, main.open);
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
          const failures = results.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => {
              const where = v.nodes
                .slice(0, 4)
                .map((n) => `${n.target.join(' ')} ${(n.failureSummary ?? '').split('\n').slice(1).join(' ').trim()}`)
                .join(' | ');
              return `${v.id} (${v.impact}, ${v.nodes.length}x): ${where}`;
            });
          await photograph(page, testInfo, `${main.name}-${scheme}-1280.png`);

          await page.setViewportSize({ width: 390, height: 844 });
          await page.reload();
          await page.waitForLoadState('networkidle');
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 390) failures.push(`${width} px wide at 390 px`);
          await photograph(page, testInfo, `${main.name}-${scheme}-390.png`);
          await context.close();
          expect(failures, `${page.url()}\n${failures.join('\n')}`).toEqual([]);
        });
      }
    });
  }
}
