/**
 * Role headers whose title opens with a word that also opens a sentence ("Design Lead", "Design
 * Engineer II"): read as headers, not as a line of the previous role.
 */
import { describe, expect, it } from 'vitest';
import { parseExperience } from './experience';

const lines = (text: string) => text.split('\n').map((t, line) => ({ line, text: t }));
const values = (text: string) => parseExperience(lines(text)).map((e) => e.value);

describe('parseExperience, titles that open with a verb', () => {
  it('reads "Design Lead — Company, City" as a role header', () => {
    // Both titles and employers were lost, and the second header became a bullet of the first (a walk).
    const roles = values(
      [
        'Design Lead — Badger Process Equipment, Milwaukee, WI',
        'April 2019 – Present',
        '• Own 3D models and 2D drawings in SolidWorks for pressure vessels.',
        '',
        'Design Engineer II — Great Lakes Heat Transfer Co., Racine, WI',
        'August 2015 – March 2019',
        '• Designed shell-and-tube heat exchangers in CATIA V5.',
      ].join('\n'),
    );
    expect(roles.map((r) => [r.title, r.company, r.location, r.startDate, r.endDate, r.achievements.length])).toEqual([
      ['Design Lead', 'Badger Process Equipment', 'Milwaukee, WI', '2019-04-01', null, 1],
      ['Design Engineer II', 'Great Lakes Heat Transfer Co.', 'Racine, WI', '2015-08-01', '2019-03-01', 1],
    ]);
  });

  it('still reads a bullet-less line that opens with the verb and a title word as the role’s text', () => {
    const [role, ...others] = values(
      [
        'Senior Engineer — Acme Inc., Austin, TX',
        'March 2018 – Present',
        'Design lead magnets and landing pages for the spring campaign',
        'Design and build the billing service used by 2 million customers',
      ].join('\n'),
    );
    expect(others).toEqual([]);
    expect(role?.title).toBe('Senior Engineer');
    const text = [role?.description, ...(role?.achievements ?? [])].join(' ');
    expect(text).toContain('Design lead magnets and landing pages');
    expect(text).toContain('Design and build the billing');
  });
});
