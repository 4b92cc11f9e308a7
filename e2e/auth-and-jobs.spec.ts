import { expect, test } from '@playwright/test';

const password = 'E2e!Passw0rd';

test('sign up, sign in, browse jobs, open one, sign out', async ({ page }) => {
  const email = `e2e.${Date.now()}@example.com`;

  await page.goto('/sign-up');
  await page.getByLabel('First name').fill('Edith');
  await page.getByLabel('Last name').fill('Clarke');
  await page.getByLabel('Email').fill(email);
  // A short password is refused inline before anything is sent; a guessable one by the server,
  // beside the field. No rule asks for symbols or capitals (NIST SP 800-63B).
  await page.getByLabel('Password').fill('weak');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Password must be at least 8 characters.')).toBeVisible();
  await page.getByLabel('Password').fill('sunshine1');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText(/This password is too easy to guess/)).toBeVisible();

  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByRole('link', { name: 'My account' })).toBeVisible();

  // Start the sign-in part from a signed-out state.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('Wrong!Passw0rd');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'incorrect' })).toHaveText('Email or password is incorrect.');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/jobs$/);

  const cards = page.getByTestId('job-card');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBe(20);
  const firstTitle = (await cards.first().getByRole('heading').textContent())?.trim() ?? '';
  expect(firstTitle.length).toBeGreaterThan(0);

  await cards.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
  await expect(page.getByRole('heading', { name: 'About the job' })).toBeVisible();

  await page.goto('/me');
  await expect(page.getByTestId('me-email')).toHaveText(email);
  await expect(page.getByText('Welcome to GiveMeJobs, Edith!')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/me');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fme|\/sign-in\?callbackUrl=\/me/);
});

test('the demo seeker can sign in', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('seeker@givemejobs.dev');
  await page.getByLabel('Password').fill('Seeker!2026x');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await page.goto('/me');
  await expect(page.getByTestId('me-email')).toHaveText('seeker@givemejobs.dev');
});

test('an unknown job shows the not-found page', async ({ page }) => {
  const res = await page.goto('/jobs/00000000-0000-4000-8000-000000000000');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});

test('tRPC over HTTP answers typed errors, not 500s', async ({ request }) => {
  const res = await request.get('/api/trpc/jobs.byId?input=' + encodeURIComponent(JSON.stringify({ json: { id: 'nope' } })));
  expect(res.status()).toBe(400);
  const body = (await res.json()) as { error: { json: { data: { code: string; zodError: unknown } } } };
  expect(body.error.json.data.code).toBe('BAD_REQUEST');
  expect(body.error.json.data.zodError).toBeTruthy();
  const me = await request.get('/api/trpc/users.me');
  expect(me.status()).toBe(401);
});

test('a write from another site is refused; a callbackUrl cannot send the browser off-site', async ({ page, request }) => {
  const forged = await request.post('/api/trpc/users.signUp', {
    headers: { origin: 'http://evil.test', 'content-type': 'application/json' },
    data: { json: { email: 'forged@example.com', password: 'Str0ng!Passw0rd', firstName: 'F', lastName: 'G' } },
  });
  expect(forged.status()).toBe(403);

  await page.goto('/sign-in?callbackUrl=' + encodeURIComponent('/\\evil.test/path'));
  await page.getByLabel('Email').fill('seeker@givemejobs.dev');
  await page.getByLabel('Password').fill('Seeker!2026x');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/jobs$/);
});

test('pages and API answers carry the security headers; API answers are never cached', async ({ request }) => {
  for (const path of ['/', '/jobs', '/api/health', '/api/trpc/users.me']) {
    const res = await request.get(path);
    const headers = res.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    if (path.startsWith('/api/')) expect(headers['cache-control'], path).toContain('no-store');
  }
});
