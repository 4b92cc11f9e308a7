import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { extractText } from 'unpdf';
import { FIXTURE_ORIGIN, serveJobPages, type FixturePosting } from './fixture-job-pages';
import { recordApplied, signIn } from './helpers';

const SEEKER = { email: 'seeker@givemejobs.dev', password: 'Seeker!2026x' };
const stamp = Date.now().toString(36);
const POSTING: FixturePosting = {
  id: `dpe-${stamp}`,
  title: `Data Pipeline Engineer ${stamp}`,
  company: 'Fixture Analytics',
  city: 'Austin',
  region: 'TX',
  description: 'Build and run the data pipelines our analysts rely on, in Python, SQL and PostgreSQL.',
};

let stop: () => Promise<void>;
test.beforeAll(async () => {
  stop = await serveJobPages([POSTING]);
});
test.afterAll(async () => {
  await stop();
});

async function download(page: Page, format: 'pdf' | 'docx'): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-links').locator(`a[href$="format=${format}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('a seeker adds a job by its address, tracks it, and generates, edits, compares, exports and attaches a tailored resume and a cover letter', async ({
  page,
}) => {
  // Sign-in, a fetched page, the new job scored in-process, two generations: generous on a shared machine.
  test.setTimeout(300_000);
  await signIn(page, SEEKER.email, SEEKER.password);

  // Add the job by URL from the applications page: it opens as a job page.
  await page.goto('/applications');
  await page.getByLabel('Add a job from anywhere').fill(`${FIXTURE_ORIGIN}/jobs/${POSTING.id}`);
  await page.getByRole('button', { name: 'Add job' }).click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(POSTING.title);
  await expect(page.getByText(`${POSTING.company} · Austin, TX`)).toBeVisible();
  const jobUrl = page.url();

  // Track it.
  await recordApplied(page);
  await expect(page.getByText('Tracked: applied')).toBeVisible();

  // Generate a tailored resume and follow its progress to the new version.
  const panel = page.getByTestId('generate-document');
  // A fast generation can show its progress for less than one poll of an assertion: the page
  // itself records every progress line it renders, and the test reads them once it has moved on.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="generation-progress"]')?.textContent?.trim();
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await panel.getByRole('button', { name: 'Generate tailored resume' }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}$/, { timeout: 120_000 });
  const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(progress.length).toBeGreaterThan(0);
  expect(progress.join(' | ')).toMatch(/Queued|…|Done/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Resume — ${POSTING.title}`);
  await expect(page.getByTestId('document-preview')).toContainText('Demo Seeker');
  await expect(page.getByText('Version 1 of 1')).toBeVisible();

  // Edit a section: saving makes version 2, and the diff shows the change.
  // The emoji is one the PDF's fonts cannot draw: the page says so before the download.
  await expect(page.getByTestId('pdf-leaves-out')).toHaveCount(0);
  await page.getByRole('button', { name: 'Edit this version' }).click();
  const summary = page.getByTestId('document-editor').locator('textarea').first();
  const before = await summary.inputValue();
  await summary.fill(`${before.replace(/\.$/, '')}, with a focus on reliable pipelines 🚀.`);
  await page.getByRole('button', { name: 'Save as new version' }).click();
  await expect(page.getByText('Version 2 of 2')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('pdf-leaves-out')).toHaveText(
    'The PDF cannot draw 🚀: it leaves it out. Every other download keeps it.',
  );
  const resumeUrl = page.url();
  await page.getByRole('button', { name: 'Show changes' }).click();
  await expect(page.getByTestId('version-diff')).toContainText('with a focus on reliable pipelines');

  // Export PDF and DOCX; read both back.
  const pdf = await download(page, 'pdf');
  expect(pdf.name).toMatch(/^Demo-Seeker-Resume-Data-Pipeline-Engineer.*\.pdf$/);
  const pdfText = (await extractText(new Uint8Array(pdf.bytes), { mergePages: true })).text;
  expect(pdfText).toContain('Demo Seeker');
  expect(pdfText).toContain('Northwind Logistics');
  // The emoji left out, with the space before it: the fallback font wraps lines elsewhere.
  expect(pdfText.replace(/\s+/g, ' ')).toContain('with a focus on reliable pipelines.');
  const docx = await download(page, 'docx');
  expect(docx.name).toMatch(/\.docx$/);
  const docxText = (await mammoth.extractRawText({ buffer: docx.bytes })).value;
  expect(docxText).toContain('Demo Seeker');
  expect(docxText).toContain('Northwind Logistics');
  expect(docxText).toContain('reliable pipelines 🚀');

  // Attach this version to the application: the application shows it.
  const attach = page.getByTestId('attach-to-application');
  await expect(attach.getByRole('combobox')).toHaveValue(/.+/);
  // Its own job's application: no warning. Another job's: the version names the wrong employer.
  await expect(attach.getByTestId('attach-other-job')).toHaveCount(0);
  await attach.getByRole('button', { name: 'Attach' }).click();
  await expect(attach.getByText(/^Attached:/)).toBeVisible();
  const own = await attach.getByRole('combobox').inputValue();
  expect(await attach.getByRole('option').count()).toBeGreaterThan(1);
  const other = await attach.locator(`option:not([value="${own}"])`).first().getAttribute('value');
  await attach.getByRole('combobox').selectOption(other ?? '');
  await expect(attach.getByTestId('attach-other-job')).toContainText('written for another job');
  await attach.getByRole('combobox').selectOption(own);
  await expect(attach.getByTestId('attach-other-job')).toHaveCount(0);
  await attach.getByRole('link').first().click();
  await expect(page.getByTestId('sent-document')).toBeVisible();

  // A cover letter for the same job.
  await page.goto(jobUrl);
  // Named by its label alone: a wrapping label had named it "DocumentTailored resumeCover letter".
  await expect(panel.getByLabel('Cover letter')).toHaveCount(0);
  await panel.getByRole('combobox', { name: 'Document', exact: true }).selectOption('cover_letter');
  await panel.getByRole('button', { name: 'Generate cover letter' }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}$/, { timeout: 120_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cover letter');
  await expect(page.getByTestId('document-preview')).toContainText(POSTING.company);
  // A letter is not a resume: no JSON Resume download is offered for it.
  await expect(page.getByTestId('export-links').locator('a[href$="format=json"]')).toHaveCount(0);
  const letter = await download(page, 'docx');
  expect((await mammoth.extractRawText({ buffer: letter.bytes })).value).toContain(POSTING.company);

  // The letter was never sent: it can be deleted, after a question, and leaves the list.
  const letterId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await page.getByRole('button', { name: 'Delete this document' }).click();
  await page
    .getByRole('group', { name: 'Confirm deleting this document' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cover letter');
  await page.getByRole('button', { name: 'Delete this document' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page).toHaveURL(/\/documents$/);
  await expect(page.locator(`a[href="/documents/${letterId}"]`)).toHaveCount(0);
  // Each row says when (to the minute) and with which template: two made on one day had looked alike.
  await expect(page.getByTestId('document-list').getByRole('listitem').first()).toContainText(
    /Version 2 · \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M · .+ template · quality/,
  );
  await page.goto(`/documents/${letterId}`);
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Cover letter');

  // The resume went with the application: it is kept, and the page says why.
  await page.goto(resumeUrl);
  await page.getByRole('button', { name: 'Delete this document' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByTestId('delete-document').getByRole('alert')).toContainText('sent with your application');
  await expect(page.getByText('Version 2 of 2')).toBeVisible();
});

test('an address pasted before the page has finished loading is kept when the form is sent', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, SEEKER.email, SEEKER.password);
  // Hold the page's scripts back: the form is there (server-rendered) but not yet interactive.
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.+\.js/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/applications', { waitUntil: 'domcontentloaded' });
  const field = page.getByLabel('Add a job from anywhere');
  const address = `${FIXTURE_ORIGIN}/jobs/${POSTING.id}`;
  await field.fill(address);
  release();
  await page.waitForLoadState('networkidle');
  await expect(field).toHaveValue(address);
  await page.getByRole('button', { name: 'Add job' }).click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(POSTING.title);
});
