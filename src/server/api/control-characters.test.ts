import { describe, expect, it } from 'vitest';
import { findControlCharacter } from './control-characters';

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
});
