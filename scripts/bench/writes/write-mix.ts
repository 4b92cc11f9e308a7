/**
 * The writes a seeker triggers, over real HTTP tRPC with a session cookie, in a fixed cycle:
 * save a job, apply to another, add an experience, move the application just made to
 * "withdrawn" (a seeker's own move whatever the company; an interview is the company's to record
 * where it recruits here). Every call is recorded (status, time, Retry-After) and every one the
 * server acknowledged (2xx carrying the created id) is kept, so that it can be looked up in the
 * database afterwards (write-check.ts).
 */

export type WriteOp = 'save' | 'apply' | 'add_experience' | 'move';

export interface WriteSample {
  op: WriteOp;
  /** HTTP status; 0 when no answer came (connection refused or reset, timeout). */
  status: number;
  ms: number;
  /** Milliseconds since the run started, when the answer came. */
  at: number;
  retryAfter: string | null;
  /** tRPC's error code, when the answer is an error. */
  errorCode?: string;
}

/** What an acknowledged write created: the row (or event) that must be in the database. */
export type Acknowledged =
  | { op: 'save'; userId: string; applicationId: string; jobId: string }
  | { op: 'apply'; userId: string; applicationId: string; jobId: string }
  | { op: 'add_experience'; userId: string; title: string }
  | { op: 'move'; userId: string; applicationId: string; to: 'withdrawn' };

export interface Writer {
  userId: string;
  cookie: string;
  /** Jobs this writer alone uses, two per cycle (one saved, one applied to). */
  jobIds: readonly string[];
}

export interface MixResult {
  samples: WriteSample[];
  acknowledged: Acknowledged[];
}

const REQUEST_TIMEOUT_MS = 30_000;

interface Answer {
  status: number;
  retryAfter: string | null;
  data?: Record<string, unknown>;
  errorCode?: string;
}

async function call(origin: string, cookie: string, procedure: string, input: unknown): Promise<Answer> {
  try {
    const res = await fetch(`${origin}/api/trpc/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin },
      body: JSON.stringify({ json: input }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = (await res.json().catch(() => null)) as {
      result?: { data?: { json?: Record<string, unknown> } };
      error?: { json?: { data?: { code?: string } } };
    } | null;
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      data: body?.result?.data?.json,
      errorCode: body?.error?.json?.data?.code,
    };
  } catch {
    return { status: 0, retryAfter: null };
  }
}

const ok = (a: Answer) => a.status >= 200 && a.status < 300;
const idOf = (a: Answer, key: string) => (ok(a) && typeof a.data?.[key] === 'string' ? a.data[key] : null);

/**
 * One writer's loop until `deadline` (ms since `t0`). A write that was refused is not retried
 * at once: the next cycle step goes on (a real client would back off; the chaos run counts the
 * refusals). After a refusal with Retry-After the writer waits a little, as a client should.
 */
async function runWriter(origin: string, w: Writer, t0: number, deadline: number, out: MixResult): Promise<void> {
  let next = 0;
  let cycle = 0;
  let lastApplied: string | null = null;
  const record = (op: WriteOp, started: number, a: Answer) => {
    const now = performance.now();
    out.samples.push({
      op,
      status: a.status,
      ms: now - started,
      at: now - t0,
      retryAfter: a.retryAfter,
      ...(a.errorCode ? { errorCode: a.errorCode } : {}),
    });
  };
  while (performance.now() - t0 < deadline) {
    const step = cycle % 4;
    const started = performance.now();
    let answer: Answer;
    if (step === 0 || step === 1) {
      const jobId = w.jobIds[next++ % w.jobIds.length] ?? '';
      const op = step === 0 ? 'save' : 'apply';
      answer = await call(origin, w.cookie, step === 0 ? 'applications.save' : 'applications.applyToJob', { jobId });
      record(op, started, answer);
      const applicationId = idOf(answer, 'applicationId');
      if (applicationId) out.acknowledged.push({ op, userId: w.userId, applicationId, jobId });
      if (op === 'apply') lastApplied = applicationId;
    } else if (step === 2) {
      const title = `Bench role ${w.userId.slice(0, 8)} ${cycle}`;
      answer = await call(origin, w.cookie, 'profile.addExperience', { title, company: 'Bench Co' });
      record('add_experience', started, answer);
      // The profile comes back; the created row is found by its unique title.
      if (ok(answer) && Array.isArray(answer.data?.experience))
        out.acknowledged.push({ op: 'add_experience', userId: w.userId, title });
    } else {
      if (!lastApplied) {
        cycle++;
        continue;
      }
      answer = await call(origin, w.cookie, 'applications.changeStatus', {
        applicationId: lastApplied,
        to: 'withdrawn',
      });
      record('move', started, answer);
      const moved = idOf(answer, 'applicationId');
      if (moved)
        out.acknowledged.push({ op: 'move', userId: w.userId, applicationId: moved, to: 'withdrawn' });
      lastApplied = null;
    }
    cycle++;
    if (answer.retryAfter || answer.status === 0) await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * `writers.length` clients writing at once for `seconds`. Sample times count from `t0`
 * (performance.now(); default: now), so a caller can line them up with its own events.
 */
export async function runWriteMix(
  origin: string,
  writers: readonly Writer[],
  seconds: number,
  t0 = performance.now(),
): Promise<MixResult> {
  const out: MixResult = { samples: [], acknowledged: [] };
  await Promise.all(writers.map((w) => runWriter(origin, w, t0, seconds * 1000, out)));
  return out;
}
