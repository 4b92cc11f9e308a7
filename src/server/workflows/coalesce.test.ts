import { describe, expect, it } from 'vitest';
import { Coalescer, createLimiter } from './coalesce';

/** A run that records the payload it saw, and can be held open until released. */
function recorder() {
  const seen: string[] = [];
  let release: (() => void) | null = null;
  const make =
    (payload: string, hold = false) =>
    async () => {
      seen.push(payload);
      if (hold) await new Promise<void>((r) => (release = r));
    };
  return { seen, make, release: () => release?.() };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Coalescer', () => {
  it('folds a burst of events for one key into one run that sees the latest payload', async () => {
    const c = new Coalescer(1_000);
    const r = recorder();
    for (let i = 1; i <= 20; i++) c.submit('user-1', r.make(`change ${i}`));
    await c.drain();
    expect(r.seen).toEqual(['change 20']);
    expect(c.size).toBe(0);
  });

  it('follows events that arrive during a run with exactly one more run, after it', async () => {
    const c = new Coalescer(60_000);
    const r = recorder();
    c.submit('user-1', r.make('first', true));
    await tick();
    expect(r.seen).toEqual(['first']);
    for (let i = 1; i <= 5; i++) c.submit('user-1', r.make(`during ${i}`));
    r.release();
    // The follow-up waits for its cooldown; drain starts it now, as shutdown and tests do.
    await c.drain();
    expect(r.seen).toEqual(['first', 'during 5']);
  });

  it('holds an event that arrives during the cooldown until the cooldown ends', async () => {
    const c = new Coalescer(60_000);
    const r = recorder();
    c.submit('user-1', r.make('first'));
    await tick();
    await tick();
    c.submit('user-1', r.make('after'));
    await tick();
    expect(r.seen).toEqual(['first']);
    await c.drain();
    expect(r.seen).toEqual(['first', 'after']);
  });

  it('with a start delay, folds events that arrive before the delay ends into the first run', async () => {
    const c = new Coalescer(60_000, 30);
    const r = recorder();
    c.submit('user-1', r.make('save'));
    await tick();
    expect(r.seen).toEqual([]);
    c.submit('user-1', r.make('apply'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(r.seen).toEqual(['apply']);
    await c.drain();
    expect(r.seen).toEqual(['apply']);
  });

  it('keeps keys apart, and a failing run does not stop the next one', async () => {
    const c = new Coalescer(1_000);
    const seen: string[] = [];
    c.submit('user-1', () => Promise.reject(new Error('database down')));
    c.submit('user-2', () => Promise.resolve(void seen.push('user-2')));
    await c.drain();
    c.submit('user-1', () => Promise.resolve(void seen.push('user-1 again')));
    await c.drain();
    expect(seen).toEqual(['user-2', 'user-1 again']);
  });
});

describe('createLimiter', () => {
  it('never runs more than its maximum at once, and runs every task', async () => {
    const limit = createLimiter(2);
    let active = 0;
    let most = 0;
    const done = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        limit(async () => {
          active++;
          most = Math.max(most, active);
          await tick();
          active--;
          return i;
        }),
      ),
    );
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(2);
  });

  it('reads a changing maximum whenever a task would start', async () => {
    let max = 1;
    const limit = createLimiter(() => max, 5);
    let active = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const task = () =>
      limit(async () => {
        active++;
        most = Math.max(most, active);
        await new Promise<void>((r) => releases.push(r));
        active--;
      });
    const all = [task(), task(), task()];
    await tick();
    expect(active).toBe(1);
    // The limit rises with a task still running (the requests in flight ended): one more starts.
    max = 2;
    await new Promise((r) => setTimeout(r, 20));
    expect(active).toBe(2);
    max = 1;
    releases.shift()?.();
    releases.shift()?.();
    await new Promise((r) => setTimeout(r, 20));
    expect(active).toBe(1);
    releases.shift()?.();
    await Promise.all(all);
    expect(most).toBe(2);
  });
});
