import { describe, expect, it } from 'vitest';
import { extractJobRequirements } from './extract-requirements';

const job = (description: string, requiredSkills: string[] = [], title = 'Data Engineer') => ({
  id: '00000000-0000-4000-8000-000000000001',
  title,
  companyName: 'Acme',
  description,
  requiredSkills,
  requiredYears: 0,
});

describe('extractJobRequirements', () => {
  it('splits required from preferred skills, and reads years, education, responsibilities and culture', () => {
    const req = extractJobRequirements(
      job(
        [
          'We are a collaborative, fast-paced team.',
          'What you will do:',
          '- Build pipelines in Python and Airflow',
          '- Model data in PostgreSQL',
          'Requirements:',
          '- 4+ years of experience with SQL',
          "- Bachelor's degree in Computer Science",
          'Nice to have:',
          '- Spark',
          'Experience with Kafka is a plus.',
        ].join('\n'),
        ['Python'],
      ),
    );
    const names = (list: { name: string }[]) => list.map((s) => s.name);
    expect(names(req.requiredSkills)).toEqual(expect.arrayContaining(['Python', 'SQL', 'PostgreSQL']));
    expect(names(req.requiredSkills)[0]).toBe('Python');
    expect(names(req.requiredSkills)).not.toContain('Apache Spark');
    expect(names(req.preferredSkills).join(' ')).toMatch(/Spark/);
    expect(names(req.preferredSkills).join(' ')).toMatch(/Kafka/);
    expect(req.years).toBe(4);
    expect(req.education).toBe('bachelor');
    expect(req.responsibilities).toEqual(['Build pipelines in Python and Airflow', 'Model data in PostgreSQL']);
    expect(req.cultureSignals).toEqual(expect.arrayContaining(['collaborative', 'fast-paced']));
    expect(req.keywords).toEqual(expect.arrayContaining(['data', 'engineer', 'pipelines']));
  });

  it('works from the title and the skills list when the description says nothing', () => {
    const req = extractJobRequirements(job('Apply now.', ['Excel', 'Tableau'], 'Senior Data Analyst'));
    expect(req.requiredSkills.map((s) => s.name)).toEqual(expect.arrayContaining(['Microsoft Excel', 'Tableau']));
    expect(req.preferredSkills).toEqual([]);
    expect(req.years).toBeNull();
    expect(req.education).toBeNull();
    expect(req.responsibilities).toEqual([]);
    expect(req.keywords).toEqual(expect.arrayContaining(['senior', 'data', 'analyst']));
  });

  it("falls back to the job row's required years", () => {
    expect(extractJobRequirements({ ...job('Build things.'), requiredYears: 3 }).years).toBe(3);
  });
});
