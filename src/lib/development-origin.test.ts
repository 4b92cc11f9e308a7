import { describe, expect, it } from 'vitest';
import { developmentOrigin } from './development-origin';

describe('developmentOrigin', () => {
  it('names the port next dev listens on when NEXTAUTH_URL is unset', () => {
    expect(developmentOrigin({ PORT: '3300' })).toBe('http://localhost:3300');
    expect(developmentOrigin({})).toBe('http://localhost:3000');
  });

  it('leaves a configured NEXTAUTH_URL alone', () => {
    expect(developmentOrigin({ NEXTAUTH_URL: 'https://jobs.example.com', PORT: '3300' })).toBeNull();
  });

  it('leaves setups that read the address from the request to next-auth, and follows --experimental-https', () => {
    expect(developmentOrigin({ AUTH_TRUST_HOST: '1', PORT: '3300' })).toBeNull();
    expect(developmentOrigin({ VERCEL: '1' })).toBeNull();
    expect(developmentOrigin({ PORT: '3300', __NEXT_EXPERIMENTAL_HTTPS: '1' })).toBe('https://localhost:3300');
  });

  it('ignores a port that is not one', () => {
    expect(developmentOrigin({ PORT: 'abc' })).toBeNull();
    expect(developmentOrigin({ PORT: '70000' })).toBeNull();
  });
});
