import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  // Shared 2-core machines: sign-up (argon2) plus a server round trip can pass 5 s under load.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's chromium: Playwright's own browser download is not available here.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // The production build (npm run test:e2e builds first) on its own embedded database.
    command: `npx tsx scripts/prepare-e2e.ts && node node_modules/next/dist/bin/next start -p ${PORT}`,
    // Ready, not just alive: the embedded database is open and migrated before the first test.
    url: `${baseURL}/api/ready`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PGLITE_DIR: '.data/e2e/pglite',
      DATA_DIR: '.data/e2e',
      NEXTAUTH_URL: baseURL,
      DATABASE_URL: '',
      INNGEST_DEV: '',
      INNGEST_EVENT_KEY: '',
      LOG_LEVEL: 'warn',
      // Every spec signs up from this one loopback address; the default (5 an hour) is for the internet.
      SIGN_UPS_PER_ADDRESS_PER_HOUR: '1000',
      // Sign-up signs in too, and the suite signs in well over 50 times in 15 minutes from here.
      SIGN_INS_PER_ADDRESS_PER_15_MIN: '1000',
      // The ingestion specs serve job pages from this loopback port (e2e/fixture-job-pages.ts).
      INGESTION_ALLOW_PRIVATE_HOSTS: `127.0.0.1:${PORT + 57}`,
    },
  },
});
