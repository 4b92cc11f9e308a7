import { describe, expect, it } from 'vitest';
import { jobTerms, lexicalMatch, lexicalQuery } from './lexical';
import { surfaceMap, surfaceWords } from './surface-words';
import { buildIdf } from './tfidf';
import { tokenize } from './tokenize';

// A tiny corpus: "team" is everywhere (idf low), "abap" and "sap" in one text (idf high).
const idf = buildIdf([tokenize('team sales'), tokenize('team nurse'), tokenize('team developer java sap abap')]);

describe('lexical evidence', () => {
  it('weighs the profile words by rarity and counts how far a job uses them, in [0, 1)', () => {
    const query = lexicalQuery(tokenize('SAP ABAP developer, team player, team lead'), idf);
    const heavy = [...query.weights.keys()];
    expect(heavy.indexOf('abap')).toBeLessThan(heavy.indexOf('team'));
    const specialist = jobTerms(tokenize('SAP ABAP developer for our team'));
    const generic = jobTerms(tokenize('Team member for our team, great team'));
    const a = lexicalMatch(query, specialist.counts, specialist.length);
    const b = lexicalMatch(query, generic.counts, generic.length);
    expect(a.score).toBeGreaterThan(b.score);
    expect(a.score).toBeLessThan(1);
    expect(b.score).toBeGreaterThan(0);
    expect(a.shared.slice(0, 3)).toEqual(expect.arrayContaining(['abap', 'sap']));
    expect(a.shared.at(-1)).toBe('team');
    expect(lexicalMatch(query, new Map(), 0)).toEqual({ score: 0, shared: [] });
  });

  it('leaves out words the corpus never uses (names, places)', () => {
    expect([...lexicalQuery(tokenize('Priya Pune SAP'), idf).weights.keys()]).toEqual(['sap']);
  });

  it('is 0 for an empty profile and keeps at most maxTerms query terms', () => {
    expect(lexicalMatch(lexicalQuery([], idf), new Map([['team', 1]]), 1).score).toBe(0);
    expect(lexicalQuery(tokenize('team sales nurse java'), idf, 2).weights.size).toBe(2);
  });

  it('shows shared terms as the job spells them', () => {
    const [developer = '', abap = ''] = tokenize('developer abap');
    expect(surfaceWords(surfaceMap('Senior SAP ABAP Developers wanted; developing reports'), [developer, abap, 'sap'], 2)).toEqual([
      'Developers',
      'ABAP',
    ]);
  });
});
