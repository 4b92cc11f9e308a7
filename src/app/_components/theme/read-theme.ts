import 'server-only';
import { cookies } from 'next/headers';
import { parseThemeChoice, THEME_COOKIE, type ThemeChoice } from './theme-choice';

export async function readThemeChoice(): Promise<ThemeChoice> {
  return parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
}
