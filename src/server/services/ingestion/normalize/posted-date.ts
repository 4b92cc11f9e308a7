/**
 * A source's posted date: ISO 8601 (with or without a zone: none means UTC), a date alone, epoch
 * milliseconds or seconds, an RFC 2822 date, or "2026-05-20 09:14:03 UTC". A missing or unreadable
 * date, or one in the future, is replaced by the time the posting was fetched, and said so with
 * `estimated`, so search does not rank it as older or newer than it is known to be.
 */
export interface PostedDate {
  date: Date;
  estimated: boolean;
}

const EARLIEST = Date.UTC(1995, 0, 1);
/** Clocks differ by a little; a date more than a day ahead is the source's mistake. */
const FUTURE_SLACK_MS = 24 * 3600 * 1000;

function parse(text: string): number {
  const t = text.trim();
  if (/^\d{13}$/.test(t)) return Number(t);
  if (/^\d{9,10}$/.test(t)) return Number(t) * 1000;
  // A local date-time without a zone is read as UTC, not in the server's zone.
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(t)) return Date.parse(`${t.replace(' ', 'T')}Z`);
  return Date.parse(t);
}

export function postedDate(value: string | null, fetchedAt: Date): PostedDate {
  if (value) {
    const at = parse(value);
    if (Number.isFinite(at) && at >= EARLIEST && at <= fetchedAt.getTime() + FUTURE_SLACK_MS)
      return { date: new Date(Math.min(at, fetchedAt.getTime())), estimated: false };
  }
  return { date: fetchedAt, estimated: true };
}
