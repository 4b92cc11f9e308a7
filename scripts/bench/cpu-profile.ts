/**
 * `--cpu-profile FILE` for a benchmark: a V8 CPU profile of the measured phase only (not of the
 * setup around it), to open in Chrome DevTools or speedscope and see where the time goes.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

export async function profileCpu<T>(file: string | undefined, run: () => Promise<T>): Promise<T> {
  if (!file) return run();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    console.log(`CPU profile of the measured phase: ${file}`);
  }
}
