/**
 * Per-key coalescing of in-process background runs (Inngest's `debounce` does the same for
 * queued events). A workflow that recomputes from the current state (a seeker's analytics, their
 * matches) needs one run after the last change, not one per change: twenty writers each saving,
 * applying and moving applications queued a full analytics recomputation per write, and those
 * held the pool's connections while the writes waited (p95 11-17 s).
 *
 * Per key, runs start at least `cooldownMs` apart and at most one waits. An event for an idle
 * key starts a run after `delayMs` (0: at once); events until it starts join it (the latest
 * payload wins), so a burst (save, apply, move within a second) costs one run, not three;
 * events while it runs or cools down schedule exactly one more run, at the end of the cooldown.
 * So every event is followed by a run that started after it.
 */

interface Entry {
  state: 'waiting' | 'running' | 'cooling';
  run: () => Promise<void>;
  timer: NodeJS.Timeout | null;
  /** An event came while running: run again after the cooldown. */
  again: boolean;
  done: Promise<void> | null;
}

export class Coalescer {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly cooldownMs: number,
    private readonly delayMs = 0,
  ) {}

  /** Schedules `run` for `key`, or folds it into the run already waiting, running or cooling down. */
  submit(key: string, run: () => Promise<void>): void {
    const entry = this.entries.get(key);
    if (!entry) {
      const created: Entry = { state: 'waiting', run, timer: null, again: false, done: null };
      this.entries.set(key, created);
      created.timer = setTimeout(() => this.start(key, created), this.delayMs);
      return;
    }
    entry.run = run;
    if (entry.state === 'running') entry.again = true;
    // Cooling down: its timer now starts this run when the cooldown ends.
    if (entry.state === 'cooling') entry.state = 'waiting';
  }

  /** Keys with a run waiting, running or cooling down. */
  get size(): number {
    return this.entries.size;
  }

  /** Starts every waiting run now, skips cooldowns, and resolves when no key has work left (tests, shutdown). */
  async drain(): Promise<void> {
    while (this.entries.size > 0) {
      for (const [key, entry] of this.entries) {
        if (entry.state === 'waiting') this.start(key, entry);
        else if (entry.state === 'cooling') this.forget(key, entry);
      }
      await Promise.allSettled([...this.entries.values()].flatMap((e) => (e.done ? [e.done] : [])));
    }
  }

  private forget(key: string, entry: Entry): void {
    if (entry.timer) clearTimeout(entry.timer);
    this.entries.delete(key);
  }

  private start(key: string, entry: Entry): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    entry.state = 'running';
    entry.again = false;
    entry.done = entry
      .run()
      .catch(() => {}) // the run reports its own failure (dispatch.ts logs it)
      .then(() => {
        if (this.entries.get(key) !== entry) return;
        entry.state = entry.again ? 'waiting' : 'cooling';
        entry.timer = setTimeout(() => {
          if (entry.state === 'waiting') this.start(key, entry);
          else this.forget(key, entry);
        }, this.cooldownMs);
      });
  }
}

/**
 * At most `max` tasks at once; the rest wait their turn in order. `max` may be a function, read
 * whenever a task would start (e.g. fewer while requests are in flight); a waiting task whose
 * turn comes while the limit is lower waits again, polled every `recheckMs`.
 */
export function createLimiter(max: number | (() => number), recheckMs = 50): <T>(task: () => Promise<T>) => Promise<T> {
  const limitNow = typeof max === 'number' ? () => max : () => Math.max(1, max());
  let active = 0;
  const queue: (() => void)[] = [];
  let recheck: NodeJS.Timeout | null = null;
  // Wakes the first waiter when the limit allows; while it does not, looks again shortly (the
  // limit can rise without any task finishing, e.g. when the requests in flight end).
  const wake = (): void => {
    while (queue.length > 0 && active < limitNow()) {
      active++;
      queue.shift()?.();
    }
    if (queue.length > 0 && !recheck) {
      recheck = setTimeout(() => {
        recheck = null;
        wake();
      }, recheckMs);
      recheck.unref();
    }
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limitNow() || queue.length > 0) {
      const turn = new Promise<void>((resolve) => queue.push(resolve));
      wake();
      await turn;
    } else active++;
    try {
      return await task();
    } finally {
      active--;
      wake();
    }
  };
}
