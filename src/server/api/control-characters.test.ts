import { describe, expect, it } from 'vitest';
import { controlCharacterPlace, findControlCharacter, textAt } from './control-characters';

describe('findControlCharacter', () => {
  it('names the first field holding a control character', () => {
    expect(findControlCharacter({ q: 'nurse\u0000' })).toBe('q');
    expect(findControlCharacter({ experience: [{ title: 'ok' }, { title: 'bad\u001b[0m' }] })).toBe('experience.1.title');
    expect(findControlCharacter('\u007f')).toBe('input');
    expect(findControlCharacter({ ['k\u0001']: 1 })).toBe('k\u0001');
  });

  it('lets tabs, line breaks, form feeds and ordinary text through', () => {
    expect(findControlCharacter({ text: 'a\tb\r\nc\fd\ve', n: 3, ok: true, none: null, list: ['é', '中文'] })).toBeNull();
    expect(findControlCharacter(undefined)).toBeNull();
  });

  it('says where the first one is: its line in a text of several, and the words before it', () => {
    expect(controlCharacterPlace('nurse\u0007')).toBe('after “nurse”');
    expect(controlCharacterPlace('\u0000Jane')).toBe('at the start');
    const resume = 'Jane Doe\nEXPERIENCE\nDesign Engineer, Acme Pumps\u0007 2018\nMore';
    expect(controlCharacterPlace(resume)).toBe('on line 3, after “Engineer, Acme Pumps”');
    expect(controlCharacterPlace('Jane\n\u0000')).toBe('at the start of line 2');
    expect(controlCharacterPlace('clean')).toBeNull();
  });

  it('reads the string a path names', () => {
    const input = { experience: [{ title: 'ok' }, { title: 'bad' }] };
    expect(textAt(input, 'experience.1.title')).toBe('bad');
    expect(textAt('x', 'input')).toBe('x');
    expect(textAt(input, 'experience.9.title')).toBeNull();
  });
});
