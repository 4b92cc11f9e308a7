import { describe, expect, it } from 'vitest';
import { hasExclusion, isRemoteLocation } from './criteria-sql';

describe('hasExclusion', () => {
  it.each([
    ['engineer -senior', true],
    ['-intern', true],
    ['"sales engineer" -lead', true],
    ['full-stack developer', false],
    ['c-level', false],
    ['python', false],
  ])('%s -> %s', (keywords, expected) => expect(hasExclusion(keywords)).toBe(expected));
});

describe('isRemoteLocation', () => {
  it.each([
    ['Remote', true],
    [' remote ', true],
    ['ANYWHERE', true],
    ['Remote (US)', false],
    ['Austin', false],
  ])('%s -> %s', (location, expected) => expect(isRemoteLocation(location)).toBe(expected));
});
