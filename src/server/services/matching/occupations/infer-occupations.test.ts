import { describe, expect, it } from 'vitest';
import { getOccupationIndex } from './occupation-index';
import { bestOf, inferOccupations } from './infer-occupations';

const codes = (title: string, k = 2) => inferOccupations({ title }, k).map((g) => g.code);

describe('inferOccupations', () => {
  it('recognises common job titles', () => {
    expect(codes('Senior React Developer').some((c) => c === '15-1252.00' || c === '15-1254.00')).toBe(true);
    expect(codes('Registered Nurse', 1)).toEqual(['29-1141.00']);
    // "Truck Driver" is an alternate title of four O*NET occupations; heavy trucks are the usual one.
    expect(codes('Truck Driver')).toContain('53-3032.00');
    expect(codes('CDL Class A Driver', 1)).toEqual(['53-3032.00']);
    expect(codes('Accountant', 1)).toEqual(['13-2011.00']);
    expect(codes('Data Scientist', 1)).toEqual(['15-2051.00']);
  });

  it('knows software titles in current use that O*NET files elsewhere or not at all', () => {
    // O*NET's only "Platform Engineer" is a blockchain one: a TypeScript platform role read as Blockchain Engineers.
    expect(
      inferOccupations(
        { title: 'TypeScript Platform Engineer', skills: ['TypeScript', 'Node.js', 'PostgreSQL'] },
        1,
      ).map((g) => g.code),
    ).toEqual(['15-1252.00']);
    expect(codes('Frontend Engineer', 1)).toEqual(['15-1254.00']);
    expect(codes('Backend Developer', 1)).toEqual(['15-1252.00']);
  });

  it('ignores seniority and arrangement words in the title', () => {
    expect(codes('Senior Registered Nurse (Remote, Contract)', 1)).toEqual(codes('Registered Nurse', 1));
  });

  it('reads "St." before a name as a saint\'s name, not a title word', () => {
    // "Nurse, St. Mary hospital" was read as Surgical Technologists, whose O*NET titles say "ST".
    expect(codes('Nurse, St. Mary hospital', 1)).toEqual(codes('Nurse', 1));
    expect(codes('Staff Nurse St. Joseph Medical Center', 1)).toEqual(codes('Nurse', 1));
    expect(codes('Surgical Technologist (ST)', 1)).toEqual(['29-2055.00']);
    // Opening the title, only the place's name goes.
    expect(codes('St. Louis Sales Manager', 1)).toEqual(codes('Sales Manager', 1));
    // Nothing of a title is left without the name: read as written (a review).
    expect(codes('St. Engineer', 1)).toHaveLength(1);
    expect(codes('Lead St. Technician', 1)).toEqual(codes('Lead Technician', 1));
  });

  it('infers from tasks and skills when there is no title', () => {
    const guesses = inferOccupations({
      title: '',
      text: 'Drive tractor-trailer trucks over long distances. Inspect the truck, secure cargo and keep driving logs.',
    });
    expect(guesses[0]?.code).toBe('53-3032.00');
    const bySkills = inferOccupations({
      title: '',
      text: 'Build and maintain web pages',
      skills: ['JavaScript', 'HTML', 'CSS'],
    });
    // Web designers are asked for exactly these three tools, web developers for 35 tools among
    // which these are three: both are read, designers first.
    const web = bySkills.slice(0, 5).map((g) => g.code);
    expect(web).toContain('15-1254.00');
    expect(web[0]).toBe('15-1255.00');
  });

  it('returns confidences in (0, 1], most likely first, summing to at most 1', () => {
    const guesses = inferOccupations(
      { title: 'Java Developer', text: 'Spring Boot microservices', skills: ['Java'] },
      5,
    );
    expect(guesses).toHaveLength(5);
    for (const [i, g] of guesses.entries()) {
      expect(g.confidence).toBeGreaterThan(0);
      expect(g.confidence).toBeLessThanOrEqual(guesses[i - 1]?.confidence ?? 1);
      expect(g.title).toBeTruthy();
    }
    expect(guesses.reduce((s, g) => s + g.confidence, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('returns nothing when the input says nothing', () => {
    expect(inferOccupations({ title: '' })).toEqual([]);
    expect(inferOccupations({ title: '', text: '', skills: [] })).toEqual([]);
    expect(inferOccupations({ title: 'the of and', text: '2019 - 2021' })).toEqual([]);
  });

  it('is deterministic and leaves no state behind between calls', () => {
    const input = { title: 'Welder', text: 'MIG and TIG welding of steel frames' };
    const first = inferOccupations(input);
    inferOccupations({ title: 'Registered Nurse', text: 'patient care' });
    expect(inferOccupations(input)).toEqual(first);
  });
});

describe('bestOf', () => {
  it('keeps the n best ids by score, ties by lower id', () => {
    const scores = Float64Array.from([0.1, 0.9, 0.5, 0.9, 0.3]);
    expect(bestOf([0, 1, 2, 3, 4], scores, 3)).toEqual([
      [1, 0.9],
      [3, 0.9],
      [2, 0.5],
    ]);
    expect(bestOf([4, 3, 2, 1, 0], scores, 2)).toEqual([
      [1, 0.9],
      [3, 0.9],
    ]);
  });
});

describe('occupation index', () => {
  it('indexes every O*NET occupation once, built lazily and shared', () => {
    const index = getOccupationIndex();
    expect(index.occupations).toHaveLength(1016);
    expect(getOccupationIndex()).toBe(index);
    expect(index.titlePostings.get('nurs')?.ids.length).toBeGreaterThan(10);
  });
});

describe('occupations from skills alone', () => {
  // A profile whose only evidence is its tools (a resume that never names its trade): the tools
  // employers ask of an occupation (O*NET "In Demand") say more than tools it merely uses. Before,
  // a short list that happened to hold them won: AutoCAD + SolidWorks + CATIA read as Solar Thermal
  // Installers, QuickBooks + Excel as Farm Labor Contractors.
  const top = (skills: string[], k = 3) => inferOccupations({ title: '', skills }, k).map((g) => g.code);
  it('reads the occupation the tools are asked for in', () => {
    expect(top(['Selenium', 'JIRA', 'TestNG'], 1)).toEqual(['15-1253.00']);
    expect(top(['Revit', 'AutoCAD Civil 3D'])).toContain('17-2051.00');
    expect(top(['QuickBooks', 'Microsoft Excel']).some((c) => c === '43-3031.00' || c === '13-2011.00')).toBe(true);
    expect(top(['Workday', 'ADP Workforce Now'], 1)).toEqual(['43-3051.00']);
  });
  it('reads CAD tools as engineering, not as a trade that also uses them', () => {
    expect(top(['AutoCAD', 'SolidWorks', 'CATIA'], 1)[0]).toMatch(/^17-/);
  });
});
