import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname, 'src'),
      '~/inngest': path.resolve(import.meta.dirname, 'inngest'),
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'inngest/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    // PGlite with pgvector takes seconds to boot, and each suite creates its own PostgreSQL database.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { NODE_ENV: 'test', LOG_LEVEL: 'error' },
  },
});
