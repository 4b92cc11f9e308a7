import { describe, expect, it } from 'vitest';
import { COMPANY_SIZES } from '@/lib/validators/enums';
import { generateCompanies, toSlug } from './companies';
import { INDUSTRY_NAMES } from './industries';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('generateCompanies', () => {
  it('is deterministic and prefix-stable', () => {
    expect(generateCompanies(200, 7)).toEqual(generateCompanies(200, 7));
    expect(generateCompanies(500, 7).slice(0, 200)).toEqual(generateCompanies(200, 7));
    expect(generateCompanies(20, 8)).not.toEqual(generateCompanies(20, 7));
  });

  it('yields unique valid slugs, names and fields, even for a large list', () => {
    const list = generateCompanies(3000, 1);
    expect(new Set(list.map((c) => c.slug)).size).toBe(list.length);
    expect(new Set(list.map((c) => c.name)).size).toBe(list.length);
    for (const c of list) {
      expect(c.slug).toMatch(SLUG);
      expect(c.slug.length).toBeLessThanOrEqual(220);
      expect(c.name.trim().length).toBeGreaterThan(0);
      expect(c.website).toBe(`https://${c.slug}.example.com`);
      expect(COMPANY_SIZES).toContain(c.size);
      expect(INDUSTRY_NAMES).toContain(c.industry);
      expect(c.headquarters.length).toBeGreaterThan(0);
    }
  });
});

describe('toSlug', () => {
  it('makes kebab-case slugs', () => {
    expect(toSlug('Blue Harbor Supply Co.')).toBe('blue-harbor-supply-co');
    expect(toSlug('  Cedar & Pine  ')).toBe('cedar-and-pine');
  });
});
