import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './safe-callback';

describe('safeCallbackPath', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeCallbackPath('/jobs/123?tab=match#gap')).toBe('/jobs/123?tab=match#gap');
    expect(safeCallbackPath('/profile')).toBe('/profile');
  });

  it('refuses anything a browser would send to another host', () => {
    for (const raw of ['/\\evil.test/path', '//evil.test', '/\t/evil.test', 'https://evil.test/', 'javascript:alert(1)', '/\\/evil.test']) {
      expect(safeCallbackPath(raw), raw).toBe('/jobs');
    }
    expect(safeCallbackPath(null)).toBe('/jobs');
    expect(safeCallbackPath('', '/me')).toBe('/me');
  });
});
