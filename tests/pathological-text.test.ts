/**
 * Text an outsider controls (a pasted resume, a posting from any page or feed) built to make a
 * pattern backtrack: each is read through the public path (parseResume, normalizePosting) and must
 * finish. On the patterns before this test, each case took from tens of seconds to minutes of the
 * server's only thread (measured: quadratic or cubic growth), so each hangs past the test timeout
 * there; the inputs stay within the size caps the procedures accept.
 */
import { describe, expect, it } from 'vitest';
import { normalizePosting } from '@/server/services/ingestion/normalize';
import type { RawPosting } from '@/server/services/ingestion/normalized-posting';
import { parseResume } from '@/server/services/resume/parse-resume';
import { extractSkills } from '@/server/services/skills/extract-skills';

const RESUME_HEAD = [
  'Jane Doe',
  'jane@example.com',
  'Experience',
  'Software Engineer, Acme Corp, Jan 2019 - Present',
  '• Built the billing service in Java.',
  'Skills',
  'Java, SQL, Docker',
].join('\n');

const posting = (descriptionHtml: string): RawPosting => ({
  source: 'file:pathological',
  externalId: 'p1',
  title: 'Data Engineer',
  companyName: 'Acme',
  descriptionHtml,
  locationText: 'Berlin, Germany',
  workplaceHint: null,
  employmentTypeHint: null,
  salaryText: null,
  salaryStructured: null,
  postedAt: null,
  applyUrl: null,
});

describe('resume text built to backtrack', () => {
  it.each([
    ['a run of spaces inside a line', `Python${' '.repeat(150_000)}b`],
    ['a long "worked as a" chain', `Summary\n${'worked as a '.repeat(15_000)}1`],
    ['a long run of letters before nothing', `${'a'.repeat(150_000)}`],
    ['a long dashed run', `${'a-'.repeat(75_000)}`],
    ['a long run of " ,"', `Experience\nAnalyst${' ,'.repeat(75_000)}x`],
  ])('%s', (_name, line) => {
    const draft = parseResume(`${RESUME_HEAD}\n${line}\n`);
    expect(draft.contact.email?.value).toBe('jane@example.com');
  });
});

describe('posting text built to backtrack', () => {
  it('Unicode spaces after a number', () => {
    const n = normalizePosting(posting(`1${'\u2003'.repeat(200_000)}x`), { fetchedAt: new Date('2026-12-01') });
    expect('quarantined' in n).toBe(false);
  });

  it('an address followed by a long dotted run', () => {
    const skills = extractSkills(`Write to jobs@acme.com about Python. ${'a.'.repeat(150_000)}`);
    expect(skills.map((s) => s.name)).toContain('Python');
  });

  it('thousands of listed products beside thousands of sure skills', () => {
    const skills = extractSkills(`${'x Python x '.repeat(25_000)}${'x Excel x '.repeat(25_000)}`);
    expect(skills.map((s) => s.name)).toContain('Python');
  });
});
