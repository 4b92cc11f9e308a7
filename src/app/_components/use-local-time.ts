'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * Formats instants in the reader's own time zone. The server does not know that zone: it renders
 * in UTC and says so ("… UTC"), then the browser renders again in its zone once hydrated (a
 * different server and client snapshot, so React re-renders instead of keeping the server's text,
 * as suppressHydrationWarning did: an interview typed as 10:00 in Kolkata read 4:30 after a reload).
 */
export function useLocalTime(options: Intl.DateTimeFormatOptions): (d: Date) => string {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const key = JSON.stringify(options);
  const format = formatterFor(key, hydrated);
  return hydrated ? (d) => format.format(d) : (d) => `${format.format(d)} UTC`;
}

// Built once per style and zone: toLocaleString with options builds a formatter (~100 µs) on every call.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(key: string, local: boolean): Intl.DateTimeFormat {
  const cacheKey = `${local ? 'local' : 'utc'}|${key}`;
  let f = formatters.get(cacheKey);
  if (!f) {
    const options = JSON.parse(key) as Intl.DateTimeFormatOptions;
    f = new Intl.DateTimeFormat('en-US', local ? options : { ...options, timeZone: 'UTC' });
    formatters.set(cacheKey, f);
  }
  return f;
}
