/**
 * next-auth's own warnings as the app logs them: in development and tests the missing
 * NEXTAUTH_URL is not worth a warning on every start (the app has a default URL and next-auth
 * reads the host from the request), while any other warning is still logged.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '@/server/logger';
import { testAuthOptions } from './helpers/auth';

afterEach(() => vi.restoreAllMocks());

describe('next-auth warnings', () => {
  // The options never touch the database for a warning.
  const options = testAuthOptions(undefined as never);

  it('does not warn about NEXTAUTH_URL outside production', () => {
    const warned: unknown[] = [];
    vi.spyOn(logger, 'warn').mockImplementation((...args: unknown[]) => void warned.push(args));
    options.logger?.warn?.('NEXTAUTH_URL');
    expect(warned).toEqual([]);
  });

  it('still logs every other warning', () => {
    const warned: unknown[] = [];
    vi.spyOn(logger, 'warn').mockImplementation((...args: unknown[]) => void warned.push(args));
    options.logger?.warn?.('DEBUG_ENABLED');
    expect(warned).toEqual([[{ code: 'DEBUG_ENABLED' }, 'next-auth warning']]);
  });
});
