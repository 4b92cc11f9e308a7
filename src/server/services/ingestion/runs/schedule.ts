/**
 * A source's schedule: an interval ("30m", "6h", "1d") or a five-field cron expression in UTC
 * ("0 0,6,12,18 * * *"; numbers, *, ranges, lists and steps). The cron function runs every 15 minutes
 * and starts each source whose latest slot it has not run yet; the slot is also the run's
 * idempotency key, so a retried fan-out never runs a source twice for one slot.
 */
const INTERVAL = /^([1-9]\d{0,3})([mhd])$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const FIELDS: [min: number, max: number][] = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
];
/** The shortest interval allowed: the cron function only looks every 15 minutes anyway. */
export const MIN_INTERVAL_MS = 15 * 60_000;

type Matcher = (value: number) => boolean;

function fieldMatcher(spec: string, [min, max]: [number, number]): Matcher | null {
  const allowed = new Set<number>();
  for (const part of spec.split(',')) {
    const m = /^(\*|(\d{1,2})(?:-(\d{1,2}))?)(?:\/(\d{1,2}))?$/.exec(part);
    if (!m) return null;
    const from = m[1] === '*' ? min : Number(m[2]);
    const to = m[1] === '*' ? max : m[3] !== undefined ? Number(m[3]) : m[4] ? max : from;
    const step = m[4] ? Number(m[4]) : 1;
    if (from < min || to > max || from > to || step < 1) return null;
    for (let v = from; v <= to; v += step) allowed.add(v);
  }
  return (v) => allowed.has(v);
}

export type Schedule = { kind: 'interval'; ms: number } | { kind: 'cron'; match: (d: Date) => boolean };

export function parseSchedule(text: string): Schedule | null {
  const s = text.trim();
  const iv = INTERVAL.exec(s);
  if (iv) {
    const ms = Number(iv[1]) * UNIT_MS[iv[2] as keyof typeof UNIT_MS];
    return ms >= MIN_INTERVAL_MS ? { kind: 'interval', ms } : null;
  }
  const parts = s.split(/\s+/);
  if (parts.length !== 5) return null;
  const matchers = parts.map((p, i) => fieldMatcher(p, FIELDS[i] ?? [0, 0]));
  if (matchers.some((m) => m === null)) return null;
  const [mi, h, dom, mon, dow] = matchers as Matcher[];
  return {
    kind: 'cron',
    match: (d) =>
      mi!(d.getUTCMinutes()) &&
      h!(d.getUTCHours()) &&
      dom!(d.getUTCDate()) &&
      mon!(d.getUTCMonth() + 1) &&
      dow!(d.getUTCDay()),
  };
}

/** The latest slot at or before `now` (a cron's matching minute, an interval's boundary), or null. */
export function latestSlot(schedule: Schedule, now: Date): Date | null {
  if (schedule.kind === 'interval') return new Date(Math.floor(now.getTime() / schedule.ms) * schedule.ms);
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  // A year of minutes at most: "0 0 29 2 *" still finds its slot.
  for (let i = 0; i < 366 * 24 * 60; i++) {
    const t = new Date(minute.getTime() - i * 60_000);
    if (schedule.match(t)) return t;
  }
  return null;
}

/** Due: enabled sources whose latest slot came after their last run started. */
export function dueSlot(scheduleText: string, lastRunAt: Date | null, now: Date): Date | null {
  const schedule = parseSchedule(scheduleText);
  if (!schedule) return null;
  const slot = latestSlot(schedule, now);
  if (!slot) return null;
  return lastRunAt && lastRunAt >= slot ? null : slot;
}
