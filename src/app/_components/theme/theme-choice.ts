import { z } from 'zod';

/** The reader's colour theme: follow the system, or force one. Stored in a cookie so the server renders it. */
export const THEME_COOKIE = 'theme';
export const themeChoice = z.enum(['system', 'light', 'dark']);
export type ThemeChoice = z.infer<typeof themeChoice>;

export function parseThemeChoice(value: string | undefined): ThemeChoice {
  const parsed = themeChoice.safeParse(value);
  return parsed.success ? parsed.data : 'system';
}

/** The class the root element carries: none follows the system (globals.css). */
export function themeClass(choice: ThemeChoice): string | undefined {
  return choice === 'system' ? undefined : choice;
}
