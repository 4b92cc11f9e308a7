/**
 * Photographs the running app for the landing page (src/app/landing-shots.ts): each page at
 * 1280 x 800, signed in as the demo seeker or recruiter, scaled to the size the page reserves
 * and written to public/screenshots as webp (Chromium's own encoder, through a canvas).
 *
 *   BASE_URL=http://localhost:3500 npx tsx scripts/take-screenshots.ts
 *
 * The server must have the demo data (npm run dev, or the e2e build's prepared database).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { LANDING_SHOTS } from '../src/app/landing-shots';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const OUT = path.resolve(process.cwd(), 'public', 'screenshots');
const ACCOUNTS = {
  seeker: { email: 'seeker@givemejobs.dev', password: 'Seeker!2026x' },
  recruiter: { email: 'recruiter@givemejobs.dev', password: 'Recruit!2026x' },
} as const;

async function signIn(page: Page, who: keyof typeof ACCOUNTS) {
  await page.goto(`${BASE_URL}/sign-in`);
  await page.getByLabel('Email').fill(ACCOUNTS[who].email);
  await page.getByLabel('Password').fill(ACCOUNTS[who].password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/(jobs|recruiter)$/, { timeout: 60_000 });
}

/** Scales a PNG to width x height (cropped from the top) and encodes it as webp, in the browser. */
async function toWebp(page: Page, png: Buffer, width: number, height: number): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    async ({ src, width, height }) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const scale = width / img.naturalWidth;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d canvas');
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(img, 0, 0, img.naturalWidth, height / scale, 0, 0, width, height);
      return canvas.toDataURL('image/webp', 0.8);
    },
    { src: `data:image/png;base64,${png.toString('base64')}`, width, height },
  );
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const who of ['seeker', 'recruiter'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
      const page = await context.newPage();
      // Encoding happens on a blank page: the app's content security policy does not apply there.
      const blank = await context.newPage();
      await signIn(page, who);
      for (const shot of LANDING_SHOTS.filter((s) => s.who === who)) {
        await page.goto(`${BASE_URL}${shot.path}`, { waitUntil: 'networkidle', timeout: 120_000 });
        // Charts animate in; the photo should show them drawn.
        await page.waitForTimeout(1500);
        const png = await page.screenshot({ type: 'png' });
        const webp = await toWebp(blank, png, shot.width, shot.height);
        await writeFile(path.join(OUT, shot.file), webp);
        console.log(`${shot.file}: ${shot.width}x${shot.height}, ${Math.round(webp.length / 1024)} KB`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
