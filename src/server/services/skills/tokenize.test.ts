import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isVersionToken,
  normalizeToken,
  singularize,
  stripVersionSuffix,
  tokenNorms,
  tokenize,
  type Token,
} from './tokenize';

/** The tokenizer's specification as a regular expression: the hand-written scanner must equal it. */
const REFERENCE = /(?:(?<![\p{L}\p{N}])\.(?=\p{L}))?[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)*[+#]*/gu;
const reference = (text: string): Token[] =>
  [...text.matchAll(REFERENCE)].map((m) => ({
    norm: normalizeToken(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));

// Characters that exercise every branch: ASCII word and joining marks, accents (precomposed and
// combining), other scripts and numbers, a letter that lengthens when lower-cased ("İ"), astral
// letters and digits, lone surrogates.
const PIECES = [
  ...'aZ09._+#-/ \n,'.split(''),
  'é',
  'e\u0301',
  'İ',
  'Σ',
  'ß',
  'Ω',
  '日本',
  '²',
  '٣',
  '\u{1D400}',
  '\u{1D7CE}',
  '\u{1F600}',
  '\uD800',
  '\uDC00',
  'ﬁ',
  'Node.js',
  '.NET',
  'tds_fdw',
  'C++',
];

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
    expect(tokenize('Hi Go')[1]).toEqual({ norm: 'go', start: 3, end: 5 });
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

  it('equals its reference expression on any text, offsets and norms included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme' })), { maxLength: 40 }),
        (parts) => {
          const text = parts.join('');
          expect(tokenize(text)).toEqual(reference(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
