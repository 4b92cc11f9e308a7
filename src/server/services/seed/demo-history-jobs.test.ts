import { describe, expect, it } from 'vitest';
import type { PoolJob } from './application-pool';
import { demoJobOrder } from './demo-history-jobs';
import { createRng } from './random';

const SKILLS = ['typescript', 'react', 'node.js', 'postgresql', 'docker'];

/** A job written for `occupation`, sharing `shared` of the seeker's skills (out of 5). */
function job(n: number, occupation: string, shared: number, open = true): PoolJob & { occupation: string } {
  const skills = [...SKILLS.slice(0, shared), ...Array.from({ length: 5 - shared }, (_, i) => `other-${n}-${i}`)];
  return {
    id: `job-${n}`,
    index: n,
    occupation,
    title: `Job ${n}`,
    skills: new Set(skills),
    skillNames: new Map(skills.map((s) => [s, s])),
    remoteType: 'remote',
    salaryAnnualUsd: null,
    postedAt: new Date('2026-01-01'),
    open,
    source: 'seed',
    companySize: null,
    industry: null,
    companyName: null,
    recruitsHere: false,
  };
}

/** The first 40 of the order, as the history applies when every job can be dated, and the next 3 open ones. */
function pick(pool: ReturnType<typeof job>[], seed = 1) {
  const order = demoJobOrder(createRng(seed), pool, {
    skills: new Set(SKILLS),
    occupation: '15-1252.00',
    occupationOf: (j) => pool[j.index]!.occupation,
    applications: 40,
  });
  expect(new Set(order.map((j) => j.id)).size).toBe(pool.length);
  const applied = order.slice(0, 40);
  return { applied, bookmarks: order.slice(40).filter((j) => j.open).slice(0, 3) };
}

describe('the demo seeker’s jobs', () => {
  // 300 jobs: 70 computer occupations, 30 more in the major group, 200 elsewhere; the ones
  // elsewhere share the most skills, so skills alone would pick them first.
  const pool = Array.from({ length: 300 }, (_, n) =>
    n < 70 ? job(n, `15-12${String(n % 90).padStart(2, '0')}.00`, n % 4) : n < 100 ? job(n, '15-2041.00', 1) : job(n, '47-2111.00', 5),
  );

  it('stay in the seeker’s field: most in their minor group, the rest in the major group, none elsewhere', () => {
    const { applied, bookmarks } = pick(pool);
    expect(applied).toHaveLength(40);
    expect(bookmarks).toHaveLength(3);
    const codes = [...applied, ...bookmarks].map((j) => pool[j.index]!.occupation);
    expect(codes.every((c) => c.startsWith('15-'))).toBe(true);
    expect(codes.filter((c) => c.startsWith('15-12')).length).toBeGreaterThanOrEqual(28);
    expect(new Set([...applied, ...bookmarks].map((j) => j.id)).size).toBe(43);
  });

  it('mix close and further matches: both jobs sharing most skills and jobs sharing few', () => {
    const shared = pick(pool).applied.map((j) => [...j.skills].filter((s) => SKILLS.includes(s)).length);
    expect(Math.max(...shared)).toBeGreaterThanOrEqual(3);
    expect(Math.min(...shared)).toBeLessThanOrEqual(1);
  });

  it('fill up from the closest jobs elsewhere when a small seed has too few in the field, bookmarking open jobs only', () => {
    const small = Array.from({ length: 60 }, (_, n) => (n < 10 ? job(n, '15-1252.00', 2, n % 2 === 0) : job(n, '47-2111.00', n % 6, n % 3 !== 0)));
    const { applied, bookmarks } = pick(small);
    expect(applied).toHaveLength(40);
    expect(applied.filter((j) => small[j.index]!.occupation.startsWith('15-')).length).toBe(10);
    expect(bookmarks.every((j) => j.open)).toBe(true);
    expect(new Set([...applied, ...bookmarks].map((j) => j.id)).size).toBe(43);
  });

  it('depend only on the seed', () => {
    expect(pick(pool, 7).applied.map((j) => j.id)).toEqual(pick(pool, 7).applied.map((j) => j.id));
  });
});
