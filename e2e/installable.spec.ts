import { expect, test } from '@playwright/test';

test('every page names an icon that exists, and the manifest describes the app', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toBe('/icon.svg');
  const icon = await request.get(href ?? '');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');

  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  expect(await manifest.json()).toMatchObject({ name: 'GiveMeJobs', start_url: '/', display: 'standalone' });
});

test('the manifest names 192 and 512 px PNG icons that exist', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    icons: { src: string; sizes: string; type: string }[];
  };
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png');
    expect(icon, `a ${size} PNG icon`).toBeDefined();
    const response = await request.get(icon?.src ?? '');
    expect(response.status()).toBe(200);
    const bytes = await response.body();
    // PNG header: signature, then the IHDR width and height (big-endian) at bytes 16 and 20.
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(size);
  }
});

test('with the network gone, a page opens as the offline page, styled, and comes back online', async ({
  page,
  context,
}) => {
  await page.goto('/');
  // The service worker is installed (shell stored) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });

  await context.setOffline(true);
  await page.goto('/jobs');
  await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
  // The stored stylesheet applies: the message sits on a card (a background and rounded corners), not unstyled.
  const card = await page
    .getByRole('heading', { name: 'You are offline' })
    .locator('..')
    .evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, radius: getComputedStyle(el).borderRadius }));
  expect(card.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(card.radius).not.toBe('0px');

  await context.setOffline(false);
  await page.getByRole('link', { name: 'Try again' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByRole('heading', { name: 'You are offline' })).toBeHidden();
});
