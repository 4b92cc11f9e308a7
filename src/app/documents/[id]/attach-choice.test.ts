import { describe, expect, it } from 'vitest';
import { initialApplication } from './attach-choice';

const apps = [
  { id: 'a1', label: 'Senior TypeScript Developer — Acme', jobId: 'j1' },
  { id: 'a2', label: 'Platform Engineer — Initech', jobId: 'j2' },
];

describe('initialApplication', () => {
  it("starts from the application for the document's own job", () => {
    expect(initialApplication(apps, 'j2', null)).toBe('a2');
  });

  it('chooses nothing when no application is for that job: one click must not send a letter to another job', () => {
    expect(initialApplication(apps, 'j9', null)).toBe('');
    expect(initialApplication(apps, null, null)).toBe('');
  });

  it('keeps the application the version is attached to', () => {
    expect(initialApplication(apps, 'j2', 'a1')).toBe('a1');
  });
});
