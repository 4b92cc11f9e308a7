import { describe, expect, it } from 'vitest';
import { dedupeKeyOf, normalizeCity, normalizeEmployer, normalizeTitle } from './dedupe-key';
import { jaccard, shingles } from './text-similarity';

describe('dedupe key', () => {
  it('reads employers without legal suffixes and punctuation', () => {
    expect(normalizeEmployer('Acme, Inc.')).toBe('acme');
    expect(normalizeEmployer('ACME LLC')).toBe('acme');
    expect(normalizeEmployer('The Home Depot')).toBe('home depot');
    expect(normalizeEmployer('Procter & Gamble Co.')).toBe('procter and gamble');
    expect(normalizeEmployer('Inc.')).toBe('inc');
  });

  it('reads titles with abbreviations spelled out and arrangement tails dropped', () => {
    expect(normalizeTitle('Sr. Software Eng. II')).toBe('senior software engineer 2');
    expect(normalizeTitle('Senior Software Engineer 2 (Remote)')).toBe('senior software engineer 2');
    expect(normalizeTitle('Data Scientist - Remote US')).toBe('data scientist');
    expect(normalizeTitle('Software Engineer - Backend')).toBe('software engineer backend');
    expect(normalizeTitle('C++ Developer (Embedded)')).toBe('c++ developer embedded');
  });

  it('keys on employer and title, and reads common city spellings alike', () => {
    expect(dedupeKeyOf('Globex Corporation', 'Sr. Data Analyst')).toBe(dedupeKeyOf('GLOBEX', 'Senior Data Analyst'));
    expect(dedupeKeyOf('Globex', 'Data Analyst')).not.toBe(dedupeKeyOf('Initech', 'Data Analyst'));
    expect(normalizeCity('NYC')).toBe('new york');
    expect(normalizeCity('St. Louis')).toBe('saint louis');
    expect(normalizeCity('San Francisco')).toBe(normalizeCity('SF'));
  });

  it('measures reformatted text as near-identical and other text as different', () => {
    const text = 'We build payment APIs. You will own services in Go and run PostgreSQL at scale with the team.';
    const reformatted =
      '<p>We build payment APIs.</p><ul><li>You will own services in Go</li><li>and run PostgreSQL at scale with the team.</li></ul>';
    expect(jaccard(shingles(text), shingles(reformatted.replace(/<[^>]+>/g, ' ')))).toBe(1);
    expect(jaccard(shingles(text), shingles('Registered nurses care for patients on the surgical ward.'))).toBe(0);
  });
});
