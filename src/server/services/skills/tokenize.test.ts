import { describe, expect, it } from 'vitest';
import { isVersionToken, singularize, stripVersionSuffix, tokenNorms, tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps symbols that are part of names and splits the rest', () => {
    expect(tokenNorms('C++, C#.NET, ASP.NET, node.js, .NET Core, Naïve Bayes, tds_fdw')).toEqual([
      'c++',
      'c#',
      '.net',
      'asp',
      'net',
      'node',
      'js',
      '.net',
      'core',
      'naive',
      'bayes',
      'tds_fdw',
    ]);
    expect(tokenize('Hi Go')[1]).toEqual({ norm: 'go', raw: 'Go', start: 3, end: 5 });
  });

  it('folds plurals inside phrases and strips version suffixes', () => {
    expect(singularize('trees')).toBe('tree');
    expect(singularize('technologies')).toBe('technology');
    expect(singularize('pandas')).toBe('panda');
    expect(singularize('aws')).toBe('aws');
    expect(stripVersionSuffix('html5')).toBe('html');
    expect(stripVersionSuffix('python3')).toBe('python');
    expect(stripVersionSuffix('s3')).toBeNull();
    expect(['xp', '11g', 'r2', '6', '1.8', '2.x'].every(isVersionToken)).toBe(true);
    expect(isVersionToken('2019')).toBe(false);
  });
});
