import { describe, expect, it } from 'vitest';
import type { RawPosting } from '../normalized-posting';
import { rawHashOf } from './unchanged-raw';

const raw: RawPosting = {
  source: 'greenhouse:acme',
  externalId: '42',
  title: 'Data Engineer',
  companyName: 'Acme',
  descriptionHtml: '<p>Build "pipelines"\nin Python.</p>',
  locationText: 'Berlin, Germany',
  workplaceHint: null,
  employmentTypeHint: 'full-time',
  salaryText: null,
  salaryStructured: { min: 60000, max: 80000, currency: 'EUR', period: 'year' },
  postedAt: '2026-11-30',
  applyUrl: 'https://example.com/jobs/42',
};

describe('rawHashOf', () => {
  it('is the same for the same posting, whatever object it comes in', () => {
    expect(rawHashOf({ ...raw })).toBe(rawHashOf(structuredClone(raw)));
    expect(rawHashOf(raw)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when any field changes, the description included', () => {
    const changes: Partial<RawPosting>[] = [
      { title: 'Data Engineer II' },
      { companyName: 'Acme Inc' },
      { descriptionHtml: '<p>Build "pipelines"\nin Python!</p>' },
      { descriptionHtml: '' },
      { locationText: null },
      { workplaceHint: 'remote' },
      { employmentTypeHint: null },
      { salaryText: '€60k' },
      { salaryStructured: { min: 60000, max: 90000, currency: 'EUR', period: 'year' } },
      { postedAt: '2026-12-01' },
      { applyUrl: null },
      { externalId: '43' },
    ];
    const seen = new Set([rawHashOf(raw)]);
    for (const change of changes) seen.add(rawHashOf({ ...raw, ...change }));
    expect(seen.size).toBe(changes.length + 1);
  });

  it('does not confuse text moved between the description and the other fields', () => {
    // Everything but the description is one JSON line ending in a line break: a description
    // that starts with what could close that line still hashes apart.
    const a = rawHashOf({ ...raw, salaryText: 'x', descriptionHtml: 'y' });
    const b = rawHashOf({ ...raw, salaryText: 'x"}\ny', descriptionHtml: '' });
    expect(a).not.toBe(b);
  });
});
