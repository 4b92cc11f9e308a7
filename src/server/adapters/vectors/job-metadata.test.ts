import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOB_TYPES, REMOTE_TYPES } from '@/lib/validators/enums';
import { passes, resolveFilter } from './filter';
import { JobMetadata } from './job-metadata';

const LOCATIONS = ['Austin, TX', 'Remote', 'Remote (US)', 'New York, NY', 'Denver, CO'];

const fields = fc.record({
  open: fc.boolean(),
  remoteType: fc.constantFrom(...REMOTE_TYPES),
  jobType: fc.constantFrom(...JOB_TYPES),
  salaryAnnualUsd: fc.option(fc.integer({ min: 0, max: 400_000 }), { nil: null }),
  location: fc.constantFrom(...LOCATIONS),
});

const filter = fc.record(
  {
    openOnly: fc.boolean(),
    remoteTypes: fc.subarray([...REMOTE_TYPES]),
    jobTypes: fc.subarray([...JOB_TYPES]),
    salaryMinAnnualUsd: fc.double({ min: 0, max: 400_000, noNaN: true }),
    includeUnknownSalary: fc.boolean(),
    location: fc.constantFrom('austin', 'REMOTE', 'york', ', ', 'anywhere', 'x'),
  },
  { requiredKeys: [] },
);

describe('JobMetadata', () => {
  it('compiles a filter to the same answer as the reference predicate', () => {
    fc.assert(
      fc.property(fc.array(fields, { minLength: 1, maxLength: 30 }), filter, (jobs, f) => {
        const meta = new JobMetadata();
        jobs.forEach((j, label) => meta.set(label, j));
        const resolved = resolveFilter(f);
        const check = meta.predicate(resolved);
        jobs.forEach((j, label) => expect(check(label)).toBe(passes(resolved, j)));
      }),
    );
  });

  it('keeps fields per label, forgets cleared labels and grows past its first capacity', () => {
    const meta = new JobMetadata();
    const job = {
      open: true,
      remoteType: 'hybrid',
      jobType: 'contract',
      salaryAnnualUsd: null,
      location: 'Oslo',
    } as const;
    meta.set(5_000, job);
    expect(meta.get(5_000)).toEqual(job);
    const all = meta.predicate(resolveFilter({ openOnly: false }));
    expect(all(5_000)).toBe(true);
    expect(all(4_999)).toBe(false);
    meta.clear(5_000);
    expect(meta.get(5_000)).toBeUndefined();
    expect(all(5_000)).toBe(false);
  });
});
