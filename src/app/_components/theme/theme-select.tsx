'use client';

import { useId, useState } from 'react';
import { THEME_CHOICES, THEME_COOKIE, type ThemeChoice } from './theme-choice';

const LABEL: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };
/** With the label hidden, a symbol says what the words choose between. */
const ICON: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

/**
 * System / light / dark. The choice goes to a cookie (read by the root layout on the next request,
 * so the page is painted in it from the first byte) and onto <html> at once for this page.
 */
export function ThemeSelect({
  initial,
  compact = false,
}: {
  initial: ThemeChoice;
  /** In the crowded header row the label is read out, not shown. */
  compact?: boolean;
}) {
  const [choice, setChoice] = useState(initial);
  const id = useId();

  function choose(value: string) {
    // The value comes from this select's own options.
    const next = THEME_CHOICES.find((c) => c === value);
    if (!next) return;
    setChoice(next);
    document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    const root = document.documentElement;
    root.classList.remove('light', 'dark');
    if (next !== 'system') root.classList.add(next);
  }

  return (
    <span className="inline-flex items-center gap-1.5">
      <label htmlFor={id} className={compact ? 'sr-only' : 'text-slate-600'}>
        Theme
      </label>
      <select
        id={id}
        value={choice}
        onChange={(e) => choose(e.target.value)}
        title="Colour theme"
        className="rounded-md border border-slate-300 bg-white py-0.5 pr-1 pl-1.5 text-sm"
      >
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {compact ? `${ICON[option]} ${LABEL[option]}` : LABEL[option]}
          </option>
        ))}
      </select>
    </span>
  );
}
