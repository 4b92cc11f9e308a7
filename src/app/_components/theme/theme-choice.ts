/**
 * The reader's colour theme: follow the system, or force one. Stored in a cookie so the server renders it.
 * Plain constants, no zod: the theme picker sits in every page's header, and zod would add ~31 KB
 * gzipped to every route's first load. The cookie is parsed with zod on the server (theme-cookie.ts).
 */
export const THEME_COOKIE = 'theme';
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The class the root element carries: none follows the system (globals.css). */
export function themeClass(choice: ThemeChoice): string | undefined {
  return choice === 'system' ? undefined : choice;
}
