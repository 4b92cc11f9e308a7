import { describe, expect, it } from 'vitest';
import { passes, resolveFilter, type JobFilterFields } from './filter';
import { fromPineconeMetadata, toPineconeFilter, toPineconeMetadata, trigrams } from './pinecone-filter';

/**
 * A tiny evaluator of the Pinecone filter language subset we emit ($eq, $in, $gte, $and, $or on
 * scalars and string arrays), so translated filters are checked for meaning, not only shape.
 */
function evaluate(filter: Record<string, unknown> | undefined, meta: Record<string, unknown>): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([key, cond]) => {
    if (key === '$and') return (cond as Record<string, unknown>[]).every((c) => evaluate(c, meta));
    if (key === '$or') return (cond as Record<string, unknown>[]).some((c) => evaluate(c, meta));
    const value = meta[key];
    return Object.entries(cond as Record<string, unknown>).every(([op, arg]) => {
      if (op === '$eq') return value === arg;
      if (op === '$gte') return typeof value === 'number' && value >= (arg as number);
      if (op === '$in') {
        const wanted = arg as unknown[];
        return Array.isArray(value) ? value.some((v) => wanted.includes(v)) : wanted.includes(value);
      }
      throw new Error(`operator ${op} not in the evaluator`);
    });
  });
}

const job = (over: Partial<JobFilterFields> = {}): JobFilterFields => ({
  open: true,
  remoteType: 'onsite',
  jobType: 'full-time',
  salaryAnnualUsd: 120_000,
  location: 'Austin, TX',
  ...over,
});

describe('Pinecone filter translation', () => {
  it('writes the documented operators', () => {
    expect(
      toPineconeFilter(resolveFilter({ remoteTypes: ['remote', 'hybrid'], jobTypes: ['contract'], openOnly: true })),
    ).toEqual({
      $and: [
        { status: { $eq: 'open' } },
        { remote_type: { $in: ['remote', 'hybrid'] } },
        { job_type: { $in: ['contract'] } },
      ],
    });
    expect(toPineconeFilter(resolveFilter({ openOnly: false }))).toBeUndefined();
    expect(toPineconeFilter(resolveFilter({ openOnly: false, salaryMinAnnualUsd: 99_999.5 }))).toEqual({
      $or: [{ salary_annual_usd: { $gte: 100_000 } }, { salary_known: { $eq: false } }],
    });
    expect(
      toPineconeFilter(resolveFilter({ openOnly: false, salaryMinAnnualUsd: 100_000, includeUnknownSalary: false })),
    ).toEqual({ salary_annual_usd: { $gte: 100_000 } });
  });

  it('stores no null: an unknown salary is salary_known=false and -1, and metadata round-trips', () => {
    const meta = toPineconeMetadata(job({ salaryAnnualUsd: null, open: false }));
    expect(meta).toMatchObject({ salary_known: false, salary_annual_usd: -1, status: 'closed' });
    const floorZero = toPineconeFilter(resolveFilter({ salaryMinAnnualUsd: 0, includeUnknownSalary: false }));
    expect(evaluate(floorZero, toPineconeMetadata(job({ salaryAnnualUsd: null })))).toBe(false);
    expect(evaluate(floorZero, toPineconeMetadata(job({ salaryAnnualUsd: 0 })))).toBe(true);
    for (const j of [job(), job({ salaryAnnualUsd: null, open: false, remoteType: 'remote' })]) {
      expect(fromPineconeMetadata(toPineconeMetadata(j))).toEqual(j);
    }
  });

  it('narrows locations by trigrams: every true substring match passes the Pinecone filter', () => {
    expect(trigrams('Austin')).toEqual(['aus', 'ust', 'sti', 'tin']);
    const filter = toPineconeFilter(resolveFilter({ location: 'stin, T', openOnly: false }));
    expect(evaluate(filter, toPineconeMetadata(job()))).toBe(true);
    expect(evaluate(filter, toPineconeMetadata(job({ location: 'Denver, CO' })))).toBe(false);
    // Two-letter needles give no trigram: left entirely to the check on returned metadata.
    expect(toPineconeFilter(resolveFilter({ location: 'TX', openOnly: false }))).toBeUndefined();
  });

  it('"remote" as a location also admits remote jobs located elsewhere', () => {
    const filter = toPineconeFilter(resolveFilter({ location: 'remote', openOnly: false }));
    expect(evaluate(filter, toPineconeMetadata(job({ remoteType: 'remote' })))).toBe(true);
    expect(evaluate(filter, toPineconeMetadata(job({ location: 'Remote (US)' })))).toBe(true);
    expect(evaluate(filter, toPineconeMetadata(job()))).toBe(false);
  });

  it('never drops a job the reference predicate keeps (Pinecone may only over-include)', () => {
    const jobs = [
      job(),
      job({ open: false }),
      job({ remoteType: 'remote', location: 'Remote' }),
      job({ remoteType: 'hybrid', jobType: 'contract', salaryAnnualUsd: null, location: 'New York, NY' }),
      job({ salaryAnnualUsd: 90_000, location: 'San Francisco, CA' }),
    ];
    const filters = [
      {},
      { openOnly: false },
      { remoteTypes: ['remote' as const] },
      { jobTypes: ['contract' as const], salaryMinAnnualUsd: 100_000 },
      { salaryMinAnnualUsd: 100_000, includeUnknownSalary: false },
      { location: 'york' },
      { location: 'Remote', remoteTypes: ['remote' as const, 'hybrid' as const] },
      { location: 'san fran' },
    ];
    for (const f of filters) {
      const resolved = resolveFilter(f);
      const pf = toPineconeFilter(resolved);
      for (const j of jobs) {
        const kept = evaluate(pf, toPineconeMetadata(j));
        if (passes(resolved, j)) expect(kept, `${JSON.stringify(f)} on ${JSON.stringify(j)}`).toBe(true);
        // Without a location the translation is exact, not just a superset.
        if (resolved.location === undefined) expect(kept).toBe(passes(resolved, j));
      }
    }
  });
});
