import { describe, expect, it } from 'vitest';
import { humanPath } from './field-path';

describe('humanPath', () => {
  it('names a field the way a form shows it', () => {
    expect(humanPath(['keywords'])).toBe('Keywords');
    expect(humanPath(['salaryMin'])).toBe('Salary min');
    expect(humanPath(['content', 'sections', 0, 'paragraphs', 1, 'text'])).toBe('Section 1, paragraph 2');
    expect(humanPath(['experience', '2', 'title'])).toBe('Experience 3, title');
    expect(humanPath(['achievements', 0])).toBe('Achievement 1');
    expect(humanPath(['activities', 4])).toBe('Activity 5');
    expect(humanPath([])).toBe('This field');
  });
});
