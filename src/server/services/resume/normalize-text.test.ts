import { describe, expect, it } from 'vitest';
import { findControlCharacter } from '@/server/api/control-characters';
import { normalizeResumeText } from './normalize-text';

describe('normalizeResumeText', () => {
  it('breaks lines at Unicode line and paragraph separators, as at \\r', () => {
    expect(normalizeResumeText('Projects\u2028Route planner\u2029Skills\r\nSQL').split('\n')).toEqual([
      'Projects',
      'Route planner',
      'Skills',
      'SQL',
    ]);
  });

  it('leaves no control character a save would refuse: page breaks break lines, the rest become spaces', () => {
    const text = normalizeResumeText('Ana Lopez\u0000\u0002\fSkills\u000bPython\u007f, SQL\r\nExperience');
    expect(text.split('\n')).toEqual(['Ana Lopez', 'Skills', 'Python , SQL', 'Experience']);
    expect(findControlCharacter(text)).toBeNull();
  });
});
