import { getSession } from '@/server/auth/session';
import { readThemeChoice } from './theme/read-theme';
import { ThemeSelect } from './theme/theme-select';

/**
 * The credits, and on a phone the theme control for visitors who are not signed in: their header
 * has no room for it beside Sign in and Sign up at 360 px (signed in, it is in the phone menu).
 */
export async function SiteFooter() {
  const [session, theme] = await Promise.all([getSession(), readThemeChoice()]);
  return (
    <footer className="mx-auto max-w-5xl space-y-3 px-4 pb-8 text-xs text-slate-500">
      {!session && (
        <div className="sm:hidden" data-testid="footer-theme">
          <ThemeSelect initial={theme} />
        </div>
      )}
      <p>
        Occupation data: O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training
        Administration (USDOL/ETA), CC BY 4.0.
      </p>
    </footer>
  );
}
