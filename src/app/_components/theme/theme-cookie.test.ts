import { describe, expect, it } from 'vitest';
import { themeClass } from './theme-choice';
import { parseThemeChoice } from './theme-cookie';

describe('theme choice', () => {
  it('reads the cookie value, and anything else (missing, tampered) as following the system', () => {
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('system')).toBe('system');
    expect(parseThemeChoice(undefined)).toBe('system');
    expect(parseThemeChoice('dark; evil')).toBe('system');
  });

  it('puts a class on the root element only when the reader forced a theme', () => {
    expect(themeClass('system')).toBeUndefined();
    expect(themeClass('dark')).toBe('dark');
    expect(themeClass('light')).toBe('light');
  });
});
