import { formatDate } from '../../_components/format';

/** A follow-up day (YYYY-MM-DD) shown as the same calendar day everywhere, whatever the time zone. */
export function formatDay(day: string): string {
  return formatDate(new Date(`${day}T12:00:00Z`));
}

export function formatResponseDays(days: number | null): string {
  if (days === null) return '—';
  return days === 1 ? '1 day' : `${days} days`;
}

/** Today in the browser's time zone, for date inputs' `min`. */
export function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
