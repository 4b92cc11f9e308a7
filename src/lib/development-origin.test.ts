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

  it('ignores a port that is not one', () => {
    expect(developmentOrigin({ PORT: 'abc' })).toBeNull();
    expect(developmentOrigin({ PORT: '70000' })).toBeNull();
  });
});
