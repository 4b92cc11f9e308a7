/**
 * Retry-After is either delta-seconds ("120") or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT")
 * (RFC 9110 §10.2.3). Returns milliseconds to wait, or null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (value == null) return null;
  const text = value.trim();
  if (/^\d{1,9}$/.test(text)) return Number(text) * 1000;
  // Only a date that names a weekday or month is taken as a date: Date.parse reads "1.5" as a year.
  if (!/[A-Za-z]{3}/.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}
