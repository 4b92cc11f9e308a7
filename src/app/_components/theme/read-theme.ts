import 'server-only';
import { cookies } from 'next/headers';
import { THEME_COOKIE, type ThemeChoice } from './theme-choice';
import { parseThemeChoice } from './theme-cookie';

export async function readThemeChoice(): Promise<ThemeChoice> {
  return parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
}
