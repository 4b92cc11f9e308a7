import { describe, expect, it } from 'vitest';
import { cosine, norm } from './sparse-vector';
import { buildIdf, smoothIdf, tfidfVector } from './tfidf';
import { tokenize } from './tokenize';

const corpus = [
  'registered nurse caring for patients in a hospital ward',
  'software developer writing java and python services',
  'truck driver hauling freight across state lines',
  'nurse practitioner diagnosing patients',
].map(tokenize);

describe('tfidf', () => {
  const table = buildIdf(corpus);

  it('gives rare terms more weight than common ones', () => {
    expect(table.documents).toBe(4);
    expect(table.idf.get('nurs')).toBeCloseTo(smoothIdf(4, 2), 12);
    expect(table.idf.get('java')).toBeCloseTo(Math.log(5 / 2) + 1, 12);
    expect(table.idf.get('java') ?? 0).toBeGreaterThan(table.idf.get('patient') ?? 0);
  });

  it('builds unit vectors with sublinear term frequency', () => {
    const v = tfidfVector(tokenize('java java java python'), table);
    expect(norm(v)).toBeCloseTo(1, 12);
    // 1 + ln 3 against 1 + ln 1, equal idf.
    expect((v.get('java') ?? 0) / (v.get('python') ?? 1)).toBeCloseTo(1 + Math.log(3), 12);
  });

  it('ranks the matching document first', () => {
    const q = tfidfVector(tokenize('nurse in a hospital'), table);
    const scores = corpus.map((d) => cosine(q, tfidfVector(d, table)));
    expect(scores.indexOf(Math.max(...scores))).toBe(0);
    expect(scores[2]).toBe(0);
  });

  it('keeps or drops terms the corpus never saw, as asked', () => {
    expect(tfidfVector(['kubernet'], table).get('kubernet')).toBe(1);
    expect(tfidfVector(['kubernet'], table, { unknownTerms: 'drop' }).size).toBe(0);
  });
});
