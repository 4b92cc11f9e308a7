import { describe, expect, it } from 'vitest';
import { jsonResumeSchema, resumeDraft } from '@/lib/validators/resume';
import { draftToJsonResume, jsonResumeToDraft, type ProfileForExport } from './json-resume';

const profile: ProfileForExport = {
  firstName: 'Elena',
  lastName: 'Marquez',
  email: 'elena.marquez@example.com',
  headline: 'Senior Full-Stack Engineer',
  summary: 'Builds data-heavy web applications.',
  location: 'Austin, TX',
  skills: [
    { name: 'TypeScript', category: 'technical', proficiencyLevel: 5, yearsOfExperience: 6 },
    { name: 'Kubernetes', category: 'technical', proficiencyLevel: 3, yearsOfExperience: null },
    { name: 'Teamwork', category: 'soft', proficiencyLevel: 4, yearsOfExperience: null },
    { name: 'Spanish', category: 'language', proficiencyLevel: 3, yearsOfExperience: null },
  ],
  experience: [
    {
      title: 'Senior Software Engineer',
      company: 'Northwind Analytics Inc.',
      location: 'Austin, TX',
      startDate: '2020-01-01',
      endDate: null,
      isCurrent: true,
      description: null,
      achievements: ['Led a team of five engineers.'],
    },
    {
      title: 'Software Engineer',
      company: 'Bluebird Logistics LLC',
      location: null,
      startDate: new Date('2016-06-01T00:00:00Z'),
      endDate: new Date('2019-12-01T00:00:00Z'),
      isCurrent: false,
      description: 'Route planning services.',
      achievements: [],
    },
  ],
  education: [
    {
      institution: 'University of Texas at Austin',
      degree: 'B.Sc.',
      fieldOfStudy: 'Computer Science',
      startDate: '2011-09-01',
      endDate: '2015-05-01',
    },
  ],
};

describe('draftToJsonResume', () => {
  const json = draftToJsonResume(profile);

  it('exports a valid JSON Resume with month-precision dates and level words', () => {
    expect(jsonResumeSchema.safeParse(json).success).toBe(true);
    expect(json.basics).toEqual({
      name: 'Elena Marquez',
      label: 'Senior Full-Stack Engineer',
      email: 'elena.marquez@example.com',
      summary: 'Builds data-heavy web applications.',
      location: { city: 'Austin', region: 'TX' },
    });
    expect(json.work?.[0]).toEqual({
      name: 'Northwind Analytics Inc.',
      position: 'Senior Software Engineer',
      location: 'Austin, TX',
      startDate: '2020-01',
      highlights: ['Led a team of five engineers.'],
    });
    expect(json.work?.[1]).toMatchObject({
      startDate: '2016-06',
      endDate: '2019-12',
      summary: 'Route planning services.',
    });
    expect(json.skills?.map((s) => [s.name, s.level])).toEqual([
      ['TypeScript', 'Expert'],
      ['Kubernetes', 'Intermediate'],
      ['Teamwork', 'Advanced'],
    ]);
    expect(json.languages).toEqual([{ language: 'Spanish', fluency: 'Professional working proficiency' }]);
    expect(json.education?.[0]).toMatchObject({ startDate: '2011-09', endDate: '2015-05' });
    // A resume's "2011 - 2015" is stored as 1 January: its month was never written, so none is exported.
    const yearsOnly = draftToJsonResume({
      ...profile,
      education: profile.education.map((e) => ({ ...e, startDate: '2011-01-01', endDate: '2015-01-01' })),
    });
    expect(yearsOnly.education?.[0]).toMatchObject({ startDate: '2011', endDate: '2015' });
  });

  it('exports dates as precisely as they are known, and leaves out what is unknown', () => {
    const partial = draftToJsonResume({
      ...profile,
      experience: [
        {
          title: null,
          company: 'Acme',
          location: null,
          startDate: '2017-01-01',
          startPrecision: 'year',
          endDate: '2019-03-14',
          endPrecision: 'day',
          isCurrent: false,
          description: null,
          achievements: [],
        },
      ],
    });
    expect(partial.work).toEqual([{ name: 'Acme', startDate: '2017', endDate: '2019-03-14', highlights: [] }]);
    expect(jsonResumeSchema.safeParse(partial).success).toBe(true);
  });

  it('round-trips through jsonResumeToDraft', () => {
    const draft = jsonResumeToDraft(JSON.parse(JSON.stringify(json)));
    expect(resumeDraft.safeParse(draft).success).toBe(true);
    expect(draft.contact.fullName?.value).toBe('Elena Marquez');
    expect(draft.contact.location?.value).toBe('Austin, TX');
    expect(draft.headline?.value).toBe(profile.headline);
    expect(
      draft.experience.map((e) => [
        e.value.title,
        e.value.company,
        e.value.startDate,
        e.value.endDate,
        e.value.isCurrent,
      ]),
    ).toEqual([
      ['Senior Software Engineer', 'Northwind Analytics Inc.', '2020-01-01', null, true],
      ['Software Engineer', 'Bluebird Logistics LLC', '2016-06-01', '2019-12-01', false],
    ]);
    expect(draft.education[0]?.value).toEqual({
      institution: 'University of Texas at Austin',
      degree: 'B.Sc.',
      fieldOfStudy: 'Computer Science',
      startDate: '2011-09-01',
      endDate: '2015-05-01',
    });
    expect(draft.skills.map((s) => [s.value.name, s.value.category])).toEqual([
      ['TypeScript', 'technical'],
      ['Kubernetes', 'technical'],
      ['Teamwork', 'soft'],
      ['Spanish', 'language'],
    ]);
    expect(draft.skills[0]).toMatchObject({
      confidence: 1,
      source: { section: 'skills', line: 0, text: 'TypeScript' },
    });
  });
});

describe('jsonResumeToDraft', () => {
  it('is tolerant of extra fields and partial dates, and canonicalizes keywords', () => {
    const draft = jsonResumeToDraft({
      $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
      meta: { theme: 'elegant' },
      basics: { name: 'Sam Lee', profiles: [{ network: 'GitHub', username: 'slee', url: 'https://github.com/slee' }] },
      work: [{ name: 'Acme', position: 'Dev', startDate: '2019', endDate: '', highlights: ['Shipped'] }],
      skills: [{ name: 'Tools I use', keywords: ['reactjs', 'k8s', 'Quantum Basket Weaving'] }, { name: 'nodejs' }],
    });
    expect(draft.contact.links.map((l) => l.value)).toEqual(['https://github.com/slee']);
    expect(draft.experience[0]?.value).toMatchObject({
      startDate: '2019-01-01',
      startPrecision: 'year',
      endDate: null,
      endPrecision: 'unknown',
      isCurrent: true,
      description: null,
      achievements: ['Shipped'],
      guessed: [],
    });
    expect(draft.skills.map((s) => s.value.name)).toEqual(['React', 'Kubernetes', 'Quantum Basket Weaving', 'Node.js']);
  });

  it('reads a date outside a working life as unknown, so the import can still be saved', () => {
    // "1935" and "2099" went into the draft, and the profile then refused the whole commit.
    const draft = jsonResumeToDraft({
      work: [{ name: 'Acme', position: 'Dev', startDate: '1935-02', endDate: '2099' }],
      education: [{ institution: 'TU', startDate: '1901', endDate: '2004-06' }],
    });
    expect(draft.experience[0]?.value).toMatchObject({
      startDate: null,
      startPrecision: 'unknown',
      endDate: null,
      endPrecision: 'unknown',
      isCurrent: false,
    });
    expect(draft.education[0]?.value).toMatchObject({ startDate: null, endDate: '2004-06-01' });
  });

  it('imports projects and certificates, skipping malformed entries', () => {
    const draft = jsonResumeToDraft({
      work: [{ name: 'Acme', position: 'Dev', startDate: '2019-03-14', summary: 'Platform team.' }],
      projects: [
        { name: 'tidy-csv', description: 'CSV validator', url: 'https://example.com/tidy', startDate: '2020-02' },
        { description: 'no name' },
        'not a project',
      ],
      certificates: [
        { name: 'CKA', issuer: 'CNCF', date: '2021' },
        { name: 'Bad date', date: 'June 2021' },
      ],
    });
    expect(draft.experience[0]?.value).toMatchObject({
      startDate: '2019-03-14',
      startPrecision: 'day',
      description: 'Platform team.',
      achievements: [],
    });
    expect(draft.projects.map((p) => p.value)).toEqual([
      {
        name: 'tidy-csv',
        description: 'CSV validator',
        url: 'https://example.com/tidy',
        startDate: '2020-02-01',
        endDate: null,
        highlights: [],
        nameGuessed: false,
      },
    ]);
    expect(draft.certifications.map((c) => c.value)).toEqual([
      { name: 'CKA', issuer: 'CNCF', date: '2021-01-01', precision: 'year' },
      { name: 'Bad date', issuer: null, date: null, precision: 'unknown' },
    ]);
    expect(resumeDraft.safeParse(draft).success).toBe(true);
  });

  it('rejects malformed input with field messages', () => {
    expect(() => jsonResumeToDraft({ work: [{ startDate: 'March 2019' }] })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_ERROR',
        details: expect.objectContaining({ fields: { 'work.0.startDate': expect.any(Array) as unknown } }) as unknown,
      }),
    );
    expect(() => jsonResumeToDraft('not json resume')).toThrow(/not a valid JSON Resume/);
  });
});
