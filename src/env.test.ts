import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('defaults to the embedded database and in-process workflows when nothing is set', () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe('.data/pglite');
    expect(env.INNGEST_DEV).toBe(false);
    expect(env.LOG_LEVEL).toBe('info');
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', REDIS_URL: '  ' }).DATABASE_URL).toBeUndefined();
  });

  it('rejects a malformed URL with the variable named', () => {
    expect(() => parseEnv({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });

  it('parses INNGEST_DEV flags', () => {
    expect(parseEnv({ INNGEST_DEV: '1' }).INNGEST_DEV).toBe(true);
    expect(parseEnv({ INNGEST_DEV: 'false' }).INNGEST_DEV).toBe(false);
    expect(() => parseEnv({ INNGEST_DEV: 'yes' })).toThrow(/INNGEST_DEV/);
  });

  it('requires a database and a secret on Vercel', () => {
    expect(() => parseEnv({ VERCEL: '1' })).toThrow(/DATABASE_URL is required on Vercel/);
    expect(() => parseEnv({ VERCEL: '1', DATABASE_URL: 'postgres://u@h/db' })).toThrow(/NEXTAUTH_SECRET/);
    expect(parseEnv({ VERCEL: '1', DATABASE_URL: 'postgres://u@h/db', NEXTAUTH_SECRET: 's' }).VERCEL).toBe(true);
  });
});
