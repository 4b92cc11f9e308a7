import { describe, expect, it } from 'vitest';
import { Bm25Index, bm25Idf } from './bm25';

const docs = [['nurs', 'patient', 'hospit'], ['java', 'python', 'java', 'servic'], ['truck', 'freight'], ['nurs']];

describe('Bm25Index', () => {
  const index = new Bm25Index(docs);

  it('matches the Okapi formula (k1 = 1.2, b = 0.75) term by term', () => {
    const avgdl = (3 + 4 + 2 + 1) / 4;
    const idf = bm25Idf(4, 1);
    const expected = (idf * 2 * 2.2) / (2 + 1.2 * (1 - 0.75 + (0.75 * 4) / avgdl));
    expect(index.scores(['java'])[1]).toBeCloseTo(expected, 12);
    expect(index.scores(['java'])[0]).toBe(0);
  });

  it('counts repeated query terms', () => {
    const once = index.scores(['java'])[1] ?? 0;
    expect(index.scores(['java', 'java'])[1]).toBeCloseTo(2 * once, 12);
  });

  it('prefers the shorter document for the same term frequency', () => {
    const s = index.scores(['nurs']);
    expect(s[3]).toBeGreaterThan(s[0] ?? 0);
  });

  it('never gives a negative idf, even for a term in every document', () => {
    expect(bm25Idf(4, 4)).toBeGreaterThan(0);
    expect(new Bm25Index([['a1'], ['a1']]).scores(['a1'])[0]).toBeGreaterThan(0);
  });

  it('honours custom k1 and b', () => {
    const flat = new Bm25Index(docs, { k1: 1.2, b: 0 });
    const s = flat.scores(['nurs']);
    expect(s[3]).toBeCloseTo(s[0] ?? 0, 12);
  });
});
