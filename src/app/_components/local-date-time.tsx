'use client';

import { useLocalTime } from './use-local-time';

const WHEN: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/**
 * An instant with its time, in the reader's own zone (use-local-time.ts says why the server cannot
 * write it): two documents made for one job on one day differ by it.
 */
export function LocalDateTime({ iso }: { iso: string }) {
  const when = useLocalTime(WHEN);
  return <time dateTime={iso}>{when(new Date(iso))}</time>;
}
