import { describe, expect, it } from 'vitest';
import { stem } from './stem';
import { termCounts, tokenize } from './tokenize';

describe('tokenize', () => {
  it('lowercases, drops stopwords, numbers and single letters, and keeps product names whole', () => {
    expect(tokenize('The C++ and C# developer, 5 years of .NET, Node.js & ASP.NET; a B')).toEqual([
      'cpp',
      'csharp',
      'developer',
      'year',
      'dotnet',
      'node',
      'asp',
      'net',
    ]);
  });

  it('removes diacritics and keeps repeats in order', () => {
    expect(tokenize('Naïve naive NAIVE')).toEqual(['naiv', 'naiv', 'naiv']);
    expect(termCounts(tokenize('data data science'))).toEqual(
      new Map([
        ['data', 2],
        ['scienc', 1],
      ]),
    );
  });

  it('returns nothing for empty or symbol-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' -- / 2024 ')).toEqual([]);
  });
});

describe('stem', () => {
  it('makes inflections of one word meet', () => {
    expect(new Set(['nurse', 'nurses', 'nursing'].map(stem)).size).toBe(1);
    expect(stem('engineering')).toBe(stem('engineer'));
    expect(stem('managed')).toBe(stem('managing'));
    expect(stem('companies')).toBe('company');
    expect(stem('embedded')).toBe('embed');
  });

  it('keeps short words, words with digits and -ss/-us/-is endings', () => {
    expect(stem('sql')).toBe('sql');
    expect(stem('s3')).toBe('s3');
    expect(stem('business')).toBe('business');
    expect(stem('status')).toBe('status');
    expect(stem('analysis')).toBe('analysis');
  });

  it('keeps developer apart from develop', () => {
    expect(stem('developer')).not.toBe(stem('develop'));
  });
});
