import { afterEach, describe, expect, it, vi } from 'vitest';
import { JOB_STATUSES, JOB_TYPES, REMOTE_TYPES } from '@/lib/validators/enums';
import { loadOnet } from '@/server/data/onet';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import { generateCompanies } from './companies';
import { createJobContext, generateJob, generateJobs, POSTED_WINDOW_DAYS, seedJobOccupationCode } from './jobs';
import { REMOTE_LOCATIONS } from './locations';
import { annualUsd } from './salary';

const NOW = new Date('2026-03-01T12:00:00Z');
const onet = loadOnet();
const context = (seed: number) => createJobContext(onet, generateCompanies(40, seed), seed, NOW);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('generateJobs', () => {
  it('is deterministic for a seed, and never uses Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random must not be used by the seed');
    });
    const a = generateJobs(context(42), 0, 300);
    const b = generateJobs(context(42), 0, 300);
    expect(a).toEqual(b);
    expect(generateJobs(context(43), 0, 300)).not.toEqual(a);
  });

  it('tells the occupation job #n is written for without building it', () => {
    const ctx = context(42);
    for (let i = 0; i < 200; i++) expect(seedJobOccupationCode(ctx.pickOccupation, 42, i)).toBe(generateJob(ctx, i).occupationCode);
  });

  it('makes job #n independent of batching (so top-ups match a fresh seed)', () => {
    const ctx = context(5);
    const batch = generateJobs(ctx, 100, 50);
    expect(generateJob(ctx, 120)).toEqual(batch[20]);
    expect(batch[0]?.externalId).toBe('seed-100');
  });

  it('respects every column constraint', () => {
    const jobs = generateJobs(context(7), 0, 3000);
    const oldest = NOW.getTime() - POSTED_WINDOW_DAYS * 86_400_000;
    for (const j of jobs) {
      expect(j.title.trim().length).toBeGreaterThan(0);
      expect(j.title.length).toBeLessThanOrEqual(200);
      expect(j.companyName.trim().length).toBeGreaterThan(0);
      expect(j.requiredYears).toBeGreaterThanOrEqual(0);
      expect(j.requiredYears).toBeLessThanOrEqual(50);
      expect(REMOTE_TYPES).toContain(j.remoteType);
      expect(JOB_TYPES).toContain(j.jobType);
      expect(JOB_STATUSES).toContain(j.status);
      expect(j.requiredSkills.length).toBeLessThanOrEqual(8);
      expect(new Set(j.requiredSkills).size).toBe(j.requiredSkills.length);
      expect(j.postedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(j.postedAt.getTime()).toBeGreaterThanOrEqual(oldest);
      const hasSalary = j.salaryMin !== null;
      expect(j.salaryMax !== null).toBe(hasSalary);
      expect(j.salaryCurrency !== null).toBe(hasSalary);
      expect(j.salaryPeriod !== null).toBe(hasSalary);
      expect(j.salaryAnnualUsd !== null).toBe(hasSalary);
      if (j.salaryMin !== null && j.salaryMax !== null && j.salaryPeriod && j.salaryCurrency) {
        expect(j.salaryMax).toBeGreaterThanOrEqual(j.salaryMin);
        expect(j.salaryCurrency).toMatch(/^[A-Z]{3}$/);
        expect(j.salaryAnnualUsd).toBe(annualUsd(j.salaryMin, j.salaryMax, j.salaryPeriod, j.salaryCurrency));
      }
      if (j.remoteType === 'remote') {
        expect(REMOTE_LOCATIONS).toContain(j.location);
        if (j.salaryCurrency) expect(j.salaryCurrency).toBe('USD');
      }
      if (j.jobType === 'internship') {
        expect(j.requiredYears).toBe(0);
        expect(j.title).toMatch(/ Intern$/);
      }
      if (/^(Junior|Entry-Level) /.test(j.title)) expect(j.requiredYears).toBeLessThanOrEqual(1);
    }
  });

  it('writes descriptions from real O*NET tasks and technologies', () => {
    const ctx = context(9);
    for (const j of generateJobs(ctx, 0, 200)) {
      const occupation = onet.occupations.find((o) => o.code === j.occupationCode);
      const section = j.description.split('\n\n').find((p) => p.startsWith('What you will do:')) ?? '';
      const bullets = section.split('\n').slice(1);
      expect(bullets.length).toBeGreaterThanOrEqual(5);
      expect(bullets.length).toBeLessThanOrEqual(8);
      for (const b of bullets) expect(occupation?.tasks.map((t) => t.text)).toContain(b.slice(2));
      // Required skills as the taxonomy names them, once each; the tools line in O*NET's words.
      const onetNames = new Set(occupation?.technologySkills.map((s) => s.name));
      const canonical = new Set([...onetNames].map((n) => canonicalizeSkill(n).name));
      for (const s of j.requiredSkills) {
        expect(canonical.has(s)).toBe(true);
        expect(canonicalizeSkill(s).name).toBe(s);
      }
      expect(new Set(j.requiredSkills).size).toBe(j.requiredSkills.length);
      if (j.requiredSkills.length > 0) {
        const tools = /Tools and technologies: (.+)\./.exec(j.description)?.[1]?.split(', ') ?? [];
        expect(tools.length).toBeGreaterThanOrEqual(j.requiredSkills.length);
        for (const t of tools) expect(onetNames.has(t)).toBe(true);
      }
    }
  });

  it("asks for each occupation's own tools, not the office suite every occupation lists", () => {
    // How many occupations list each tool: Excel is listed by most, a PLC programmer by a few.
    const listedBy = new Map<string, number>();
    for (const o of onet.occupations)
      for (const s of o.technologySkills) listedBy.set(s.name, (listedBy.get(s.name) ?? 0) + 1);
    const everywhere = new Set(
      [...listedBy].filter(([, n]) => n > onet.occupations.length * 0.2).map(([name]) => canonicalizeSkill(name).name),
    );
    expect(everywhere.has(canonicalizeSkill('Microsoft Excel').name)).toBe(true);
    const jobs = generateJobs(context(11), 0, 3000);
    const generic = jobs.flatMap((j) => j.requiredSkills).filter((s) => everywhere.has(s)).length;
    const all = jobs.reduce((n, j) => n + j.requiredSkills.length, 0);
    // A trade's posting never leads with Word and Outlook; a few office roles may still ask for them.
    expect(generic / all).toBeLessThan(0.05);
    const electricians = jobs.filter((j) => j.occupationCode.startsWith('47-2111'));
    expect(electricians.length).toBeGreaterThan(0);
    for (const j of electricians) {
      expect(j.requiredSkills).not.toContain(canonicalizeSkill('Microsoft Outlook').name);
      expect(j.requiredSkills.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('has a realistic mix', () => {
    const jobs = generateJobs(context(3), 0, 4000);
    const share = (f: (j: (typeof jobs)[number]) => boolean) => jobs.filter(f).length / jobs.length;
    expect(share((j) => j.salaryMin === null)).toBeGreaterThan(0.1);
    expect(share((j) => j.salaryMin === null)).toBeLessThan(0.2);
    expect(share((j) => j.status === 'closed')).toBeLessThan(0.08);
    expect(share((j) => j.jobType === 'full-time')).toBeGreaterThan(0.7);
    expect(share((j) => j.salaryPeriod === 'year')).toBeGreaterThan(0.6);
    expect(share((j) => j.salaryCurrency !== null && j.salaryCurrency !== 'USD')).toBeGreaterThan(0.05);
    expect(share((j) => j.requiredSkills.length >= 3)).toBeGreaterThan(0.95);
  });
});
