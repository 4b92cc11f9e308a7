/**
 * Decompression bombs through the real upload path (readResume, what profile.readResume calls): each
 * is refused with a typed error the user can act on, the test process (which hosts the parse worker
 * too) stays within a memory bound, and the event loop keeps turning while the file is read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResume } from '@/server/services/profile/read-resume';
import { flateBombPdf, hexFlateBombPdf, plainDocx, relsRedirectBombDocx } from './helpers/bomb-files';

const MiB = 1024 * 1024;

interface Observed {
  outcome: unknown;
  ms: number;
  /** RSS over the baseline: the highest sample while reading, and once the reading is over. */
  peakGrowthMiB: number;
  afterGrowthMiB: number;
  /** Event-loop turns (10 ms timer) and the longest wait between two of them. */
  ticks: number;
  maxGapMs: number;
}

/** Reads the upload while sampling memory and the event loop; never throws (the error is the outcome). */
async function observe(filename: string, bytes: Buffer): Promise<Observed> {
  const contentBase64 = bytes.toString('base64');
  const base = process.memoryUsage.rss();
  let peak = base;
  let ticks = 0;
  let last = performance.now();
  let maxGapMs = 0;
  const sampler = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
    ticks++;
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const started = performance.now();
  let outcome: unknown;
  try {
    outcome = await readResume({ filename, contentBase64 });
  } catch (error) {
    outcome = error;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  // A stopped worker's isolate is torn down just after its exit event.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const observed = {
    outcome,
    ms: Math.round(ms),
    peakGrowthMiB: Math.round((peak - base) / MiB),
    afterGrowthMiB: Math.round((process.memoryUsage.rss() - base) / MiB),
    ticks,
    maxGapMs: Math.round(maxGapMs),
  };
  console.info(filename, { ...observed, outcome: (outcome as Error).message ?? 'parsed' });
  return observed;
}

const refusal = (reason: string, code: string, message: RegExp) => ({
  code,
  message: expect.stringMatching(message) as unknown,
  details: expect.objectContaining({ reason }) as unknown,
});

describe('decompression bombs', () => {
  it('refuses a PDF whose Flate stream inflates to 512 MiB, without inflating it', async () => {
    const bomb = await flateBombPdf(512);
    expect(bomb.length).toBeLessThan(1 * MiB);
    const seen = await observe('bomb.pdf', bomb);
    expect(seen.outcome).toMatchObject(
      refusal('decompression_bomb', 'VALIDATION_ERROR', /expands to more than 64 MB when opened/),
    );
    expect(seen.peakGrowthMiB).toBeLessThan(150);
    expect(seen.afterGrowthMiB).toBeLessThan(150);
    expect(seen.maxGapMs).toBeLessThan(250);
  });

  it('stops a bomb that only pdf.js inflates (hex first) in the worker, while the server keeps turning', async () => {
    const bomb = await hexFlateBombPdf(512);
    const seen = await observe('hidden-bomb.pdf', bomb);
    expect(seen.outcome).toMatchObject(
      refusal('decompression_bomb', 'VALIDATION_ERROR', /expands to more than 32 MB when opened/),
    );
    // The worker lives in this process: its decode buffers count here too.
    expect(seen.peakGrowthMiB).toBeLessThan(150);
    expect(seen.afterGrowthMiB).toBeLessThan(150);
    // While pdf.js works in the worker, this thread's 10 ms timer keeps firing on time.
    expect(seen.ticks).toBeGreaterThan(seen.ms / 10 / 3);
    expect(seen.maxGapMs).toBeLessThan(250);
  });

  it('refuses a DOCX whose .rels sends the reader to a part that lies about its size', async () => {
    const bomb = await relsRedirectBombDocx(512);
    expect(bomb.length).toBeLessThan(1 * MiB);
    const seen = await observe('bomb.docx', bomb);
    expect(seen.outcome).toMatchObject(
      refusal('zip_bomb', 'VALIDATION_ERROR', /rejected for safety.*expand beyond 20 MB/),
    );
    expect(seen.peakGrowthMiB).toBeLessThan(150);
    expect(seen.afterGrowthMiB).toBeLessThan(150);
    expect(seen.maxGapMs).toBeLessThan(250);
  });
});

describe('ordinary files through the parse worker', () => {
  const fixture = (name: string) => readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'resumes', name));

  it.each(['resume.pdf', 'resume.docx'])('reads %s with the event loop free', async (name) => {
    const seen = await observe(name, fixture(name));
    expect(seen.outcome).toMatchObject({ contact: { fullName: { value: 'Elena Marquez' } } });
    expect(seen.maxGapMs).toBeLessThan(250);
  });

  it('reads a minimal hand-built DOCX', async () => {
    const lines = ['Jane Doe', 'jane@example.com', 'Experience', 'Software Engineer, Acme Corp', '2019 – 2023'];
    const draft = await readResume({ filename: 'cv.docx', contentBase64: plainDocx(lines).toString('base64') });
    expect(draft.contact.email?.value).toBe('jane@example.com');
  });
});
