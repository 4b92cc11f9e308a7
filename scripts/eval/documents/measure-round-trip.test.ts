import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInWorker } from '@/server/services/resume/document-worker';
import { WORKER_LIMITS } from '@/server/services/resume/upload-limits';
import { readBackWithRetry } from './measure-round-trip';

// The real worker under real caps: a 1 ms run cap always stops it for time.
const pdf = readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'resumes', 'resume.pdf'));
const timesOut = () => readInWorker('pdf', pdf, { ...WORKER_LIMITS, maxRunMs: 1 });
const reads = () => readInWorker('pdf', pdf);

describe('round-trip read-back retry', () => {
  it('retries a read stopped by the time cap once and keeps what the retry reads', async () => {
    let calls = 0;
    const got = await readBackWithRetry(() => (++calls === 1 ? timesOut() : reads()));
    expect(calls).toBe(2);
    expect(got).not.toBe('timeout');
    if (got !== 'timeout') {
      expect(got.retried).toBe(true);
      expect(got.value.ok).toBe(true);
    }
  });

  it('reports a timeout, not a read, when the retry times out too', async () => {
    expect(await readBackWithRetry(timesOut)).toBe('timeout');
  });

  it('does not retry or hide a failure that is about the file', async () => {
    let calls = 0;
    const memory = () => {
      calls++;
      // Starting a worker grows the process by some MB: a 1 MB allowance is always passed.
      return readInWorker('pdf', pdf, { ...WORKER_LIMITS, maxRssGrowthBytes: 1024 * 1024 });
    };
    await expect(readBackWithRetry(memory)).rejects.toMatchObject({ details: { reason: 'too_complex', stop: 'memory' } });
    expect(calls).toBe(1);
  });
});
