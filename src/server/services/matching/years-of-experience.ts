/** Total years of professional experience: the union of the dated entries (overlaps counted once). */
export interface DatedEntry {
  startDate: string;
  endDate: string | null;
  isCurrent: boolean;
}

const DAY_MS = 86_400_000;

export function yearsOfExperience(entries: readonly DatedEntry[], today: Date = new Date()): number {
  const spans = entries
    .map((e) => {
      const start = Date.parse(e.startDate);
      const end = e.isCurrent || !e.endDate ? today.getTime() : Date.parse(e.endDate);
      return [start, Math.min(end, today.getTime())] as const;
    })
    .filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e) && e > s)
    .sort((a, b) => a[0] - b[0]);
  let totalMs = 0;
  let current: [number, number] | null = null;
  for (const [s, e] of spans) {
    if (current && s <= current[1]) current[1] = Math.max(current[1], e);
    else {
      if (current) totalMs += current[1] - current[0];
      current = [s, e];
    }
  }
  if (current) totalMs += current[1] - current[0];
  return Math.round((totalMs / (365.25 * DAY_MS)) * 10) / 10;
}
