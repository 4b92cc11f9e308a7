import { describe, expect, it } from 'vitest';
import { decodeLsaModel, embedTerms, embedText, encodeLsaModel } from './lsa';
import { trainLsa } from './lsa-train';
import { tokenize } from './tokenize';

const corpus = [
  'nurse patient care hospital medication chart',
  'nurse patient ward vital signs medication',
  'physician patient diagnosis hospital treatment',
  'developer code software java testing',
  'programmer code software python debugging',
  'engineer software design code review',
  'driver truck freight delivery route',
  'driver bus passengers route schedule',
].map(tokenize);

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);

describe('LSA', () => {
  const { model, singularValues } = trainLsa(corpus, { dims: 3, minDf: 2, power: 0, dropFirst: false });

  it('learns a vocabulary of co-occurring terms and descending singular values', () => {
    expect(model.dims).toBe(3);
    expect(model.terms.has('nurs')).toBe(true);
    // "chart" occurs once: it cannot co-occur with anything, so it is not in the vocabulary.
    expect(model.terms.has('chart')).toBe(false);
    expect(singularValues).toEqual([...singularValues].sort((a, b) => b - a));
  });

  it('embeds to unit vectors that bring words of one topic together', () => {
    const nurse = embedText(model, 'nurse medication');
    const hospital = embedText(model, 'hospital patient');
    const code = embedText(model, 'code software');
    expect(Math.hypot(...nurse)).toBeCloseTo(1, 5);
    // No shared word, yet the care texts are closer to each other than to programming.
    expect(dot(nurse, hospital)).toBeGreaterThan(dot(nurse, code) + 0.3);
    expect(embedTerms(model, ['unknownword']).every((x) => x === 0)).toBe(true);
  });

  it('survives encoding with int8 rows and decoding, within quantization error', () => {
    const { model: decoded, meta } = decodeLsaModel(encodeLsaModel(model, { modelId: 'test' }));
    expect(meta).toEqual({ modelId: 'test' });
    expect([...decoded.terms]).toEqual([...model.terms]);
    for (const text of ['nurse medication', 'software code', 'truck route']) {
      const a = embedText(model, text);
      const b = embedText(decoded, text);
      expect(dot(a, b)).toBeGreaterThan(0.999);
    }
  });

  it('is deterministic, sign included', () => {
    const again = trainLsa(corpus, { dims: 3, minDf: 2, power: 0, dropFirst: false }).model;
    expect(encodeLsaModel(again).equals(encodeLsaModel(model))).toBe(true);
  });

  it('rejects a corrupt file', () => {
    const bytes = encodeLsaModel(model);
    expect(() => decodeLsaModel(bytes.subarray(0, 10))).toThrow();
  });
});
