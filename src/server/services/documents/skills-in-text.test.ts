import { describe, expect, it } from 'vitest';
import { extractSkills } from '@/server/services/skills/taxonomy';
import { skillsInText } from './skills-in-text';

const texts = [
  'Built ETL pipelines in Python and Airflow on AWS; dashboards in Tableau.',
  'Skills: SQL, Excel, Power BI',
  'Managed a team of 12 nurses; patient care and scheduling.',
  'Nice to have: Kubernetes, Terraform',
  '',
];

describe('skillsInText', () => {
  it('finds what extractSkills finds, the first time and every time after', () => {
    for (const text of texts) {
      const fresh = extractSkills(text);
      expect(skillsInText(text)).toEqual(fresh);
      expect(skillsInText(text)).toEqual(fresh);
    }
  });

  it('hands out answers a caller cannot change for the next one', () => {
    const text = texts[0] ?? '';
    const first = skillsInText(text) as unknown as { name: string }[];
    expect(first.length).toBeGreaterThan(0);
    expect(() => first.push({ name: 'Invented' })).toThrow(TypeError);
    expect(() => {
      if (first[0]) first[0].name = 'Invented';
    }).toThrow(TypeError);
    expect(skillsInText(text)).toEqual(extractSkills(text));
  });
});
