import { z } from 'zod';
import { THEME_CHOICES, type ThemeChoice } from './theme-choice';

const themeChoice = z.enum(THEME_CHOICES);

/** The theme cookie as sent by the browser: anything but a known choice (missing, tampered) follows the system. */
export function parseThemeChoice(value: string | undefined): ThemeChoice {
  const parsed = themeChoice.safeParse(value);
  return parsed.success ? parsed.data : 'system';
}
