/**
 * What an import keeps: every role the resume states, dated or not, through the review form's
 * default choices, and the occupations matching then reads from those roles (or the ones the
 * seeker confirmed).
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { draftToRows, rowsToCommit } from '@/app/profile/import/draft-rows';
import { profileOccupations } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { useTestDatabase } from './helpers/test-database-hooks';
import { signUpUser } from './helpers/factories';

const modes = await availableModes();

/** The layout of many real resumes: employers and descriptions, no dates, no titles. */
const UNDATED_RESUME = [
  'Priya Raman',
  'priya.raman@example.com',
  'Skills: Java, SQL, Spring Boot, Hibernate',
  'Education Details',
  'B.E. Computer Science, Example Institute of Technology',
  'Company Details',
  'company - Northwind Software Pvt Ltd',
  'description - Built Spring Boot services for order processing and wrote SQL reports.',
  'company - Bluebird Systems',
  'description - Maintained Java batch jobs and Hibernate mappings for billing.',
].join('\n');

describe.each(modes)('resume history on %s', (mode) => {
  const database = useTestDatabase(mode);

  it('keeps roles without dates or titles through the form defaults and the commit', async () => {
    const u = await signUpUser(database().db);
    const api = callerFor(database().db, u).profile;
    const draft = await api.readResume({ text: UNDATED_RESUME });
    const companies = draft.experience.map((e) => e.value.company);
    expect(companies).toEqual(expect.arrayContaining(['Northwind Software Pvt Ltd', 'Bluebird Systems']));
    for (const role of draft.experience) {
      expect(role.value.startDate).toBeNull();
      // Nothing was read that would justify certainty.
      expect(role.confidence).toBeLessThan(0.8);
    }
    const rows = draftToRows(draft);
    expect(rows.experience.every((r) => r.include)).toBe(true);
    const result = await api.commitResumeImport(rowsToCommit(rows).input);
    expect(result.added.experience).toBe(draft.experience.length);
    const profile = await api.get();
    const saved = profile.experience.filter((e) => e.company === 'Northwind Software Pvt Ltd');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ startDate: null, startPrecision: 'unknown', endDate: null });
    expect(saved[0]?.description ?? saved[0]?.achievements.join(' ')).toMatch(/Spring Boot services/);
    // A second import of the same resume adds nothing.
    const again = await api.commitResumeImport(rowsToCommit(draftToRows(draft)).input);
    expect(again.added.experience).toBe(0);
  });

  it('keeps what a US-style resume says through the form defaults: the headline beside the name, the place after the street, schooling under its university, terms as years', async () => {
    const u = await signUpUser(database().db);
    const api = callerFor(database().db, u).profile;
    const draft = await api.readResume({
      text: [
        'Dr. Emily Chen | Data Scientist',
        '123 Main Street, Springfield, IL 62704',
        'Phone: 555-0132 | emily.chen@example.com',
        'Employee ID 12345678',
        '',
        'Experience',
        'Senior Data Scientist',
        'Globex Inc., New York, NY',
        'March 2019 – Present',
        '• Built forecasting models in Python',
        'Data Science Intern, Initech',
        'Summer 2018 – Fall 2018',
        '• Wrote SQL reports',
        '',
        'Education',
        'University of Michigan — Ann Arbor, MI',
        'Master of Science in Statistics, Fall 2016 – Spring 2018',
        'Bachelor of Arts in Economics, 2016',
      ].join('\n'),
    });
    const rows = draftToRows(draft);
    await api.commitResumeImport(rowsToCommit(rows).input);
    const profile = await api.get();
    expect(draft.contact.fullName?.value).toBe('Emily Chen');
    expect(profile.headline).toBe('Data Scientist');
    expect(profile.contact).toMatchObject({ phone: '555-0132', location: 'Springfield, IL' });
    const roles = profile.experience.map((e) => [e.title, e.company, e.location, e.startDate, e.endDate]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['Senior Data Scientist', 'Globex Inc.', 'New York, NY', '2019-03-01', null],
        ['Data Science Intern', 'Initech', null, '2018-01-01', '2018-01-01'],
      ]),
    );
    const schools = profile.education.map((e) => [e.institution, e.degree, e.fieldOfStudy, e.startDate, e.endDate]);
    expect(schools).toEqual(
      expect.arrayContaining([
        ['University of Michigan', 'Master of Science', 'Statistics', '2016-01-01', '2018-01-01'],
        ['University of Michigan', 'Bachelor of Arts', 'Economics', null, '2016-01-01'],
      ]),
    );
  });

  /** A new seeker's profile procedures. */
  const newSeeker = async () => callerFor(database().db, await signUpUser(database().db)).profile;
  const ANA = ['Ana Lopez', 'ana.lopez@example.com'];

  it('saves imported skills with no years (0, not given) rather than a made-up figure', async () => {
    const api = await newSeeker();
    const draft = await api.readResume({
      text: [
        ...ANA,
        'Skills: Python, SQL, Tableau',
        'Experience',
        'Data Engineer, Acme Analytics',
        'March 2016 - December 2020',
        '- Built pipelines in Python and SQL',
      ].join('\n'),
    });
    const rows = draftToRows(draft);
    expect(rows.skills.map((s) => s.yearsOfExperience)).toEqual(rows.skills.map(() => '0'));
    await api.commitResumeImport(rowsToCommit(rows).input);
    const saved = (await api.get()).skills;
    expect(saved.map((s) => s.name)).toEqual(expect.arrayContaining(['Python', 'SQL', 'Tableau']));
    expect(saved.every((s) => s.yearsOfExperience === 0)).toBe(true);
  });

  it('keeps a role with only a year and a stated length, with that precision', async () => {
    const u = await signUpUser(database().db);
    const api = callerFor(database().db, u).profile;
    await api.commitResumeImport({
      experience: [
        { title: 'Site Engineer', company: 'Acme Builders', startDate: '2017-01-01', startPrecision: 'year' },
        { company: 'Harbor Works', durationMonths: 24, description: 'Supervised concrete works.' },
      ],
    });
    const { experience } = await api.get();
    expect(experience.map((e) => [e.company, e.startPrecision, e.durationMonths])).toEqual([
      ['Acme Builders', 'year', null],
      ['Harbor Works', 'unknown', 24],
    ]);
  });

  it('reads a spoken language\'s level from the resume ("native", "fluent", "basic")', async () => {
    const api = await newSeeker();
    const draft = await api.readResume({
      text: [...ANA, 'Skills: Python, SQL', 'Languages', 'English (native), Spanish - fluent, French: basic'].join(
        '\n',
      ),
    });
    expect(
      draft.skills.filter((s) => s.value.category === 'language').map((s) => [s.value.name, s.value.level]),
    ).toEqual([
      ['English', 5],
      ['Spanish', 4],
      ['French', 2],
    ]);
    const rows = draftToRows(draft);
    expect(rows.skills.find((s) => s.name === 'Python')?.proficiencyLevel).toBe('3');
    await api.commitResumeImport(rowsToCommit(rows).input);
    const levels = new Map((await api.get()).skills.map((s) => [s.name, s.proficiencyLevel]));
    expect([levels.get('English'), levels.get('Spanish'), levels.get('French')]).toEqual([5, 4, 2]);
    // The JSON Resume export words them as LinkedIn does.
    const json = await api.exportJsonResume();
    expect(json.languages?.find((l) => l.language === 'English')?.fluency).toBe('Native or bilingual proficiency');
  });

  it('keeps a certification dated by its year only as a year, not as January', async () => {
    const api = await newSeeker();
    const draft = await api.readResume({
      text: [
        ...ANA,
        'Skills: Python, SQL',
        'Certifications',
        'AWS Certified Cloud Practitioner, 2021',
        'Tableau Desktop Specialist — Tableau, March 2019',
      ].join('\n'),
    });
    expect(draft.certifications.map((c) => [c.value.date, c.value.precision])).toEqual([
      ['2021-01-01', 'year'],
      ['2019-03-01', 'month'],
    ]);
    const rows = draftToRows(draft);
    // The review form shows what the resume said, not a day it made up.
    expect(rows.certifications.map((c) => c.issuedOn)).toEqual(['2021', '2019-03']);
    await api.commitResumeImport(rowsToCommit(rows).input);
    const saved = (await api.get()).certifications;
    expect(saved.map((c) => [c.name, c.issuedOn, c.issuedOnPrecision])).toEqual([
      ['AWS Certified Cloud Practitioner', '2021-01-01', 'year'],
      ['Tableau Desktop Specialist', '2019-03-01', 'month'],
    ]);
    // Added by hand: a typed date is a day; none is unknown.
    await api.commitResumeImport({ certifications: [{ name: 'PMP', issuedOn: '2020-06-15' }, { name: 'CSM' }] });
    const byName = new Map((await api.get()).certifications.map((c) => [c.name, c.issuedOnPrecision]));
    expect([byName.get('PMP'), byName.get('CSM')]).toEqual(['day', 'unknown']);
  });

  it('infers the occupation from the roles, and lets the seeker confirm another one', async () => {
    const u = await signUpUser(database().db);
    const api = callerFor(database().db, u).profile;
    await api.commitResumeImport({
      experience: [
        { title: 'Registered Nurse', company: 'Mercy Hospital', description: 'Patient care on a surgical ward.' },
        { title: 'Staff Nurse', company: 'City Clinic' },
      ],
    });
    await drainWorkflows();
    const stored = async () =>
      (await database().db.select().from(profileOccupations).where(eq(profileOccupations.userId, u.id)))[0]
        ?.occupationCode;
    expect(await stored()).toBe('29-1141.00');
    expect((await api.occupations()).inferred[0]?.code).toBe('29-1141.00');

    const found = await api.searchOccupations({ q: 'software developer' });
    expect(found.map((o) => o.code)).toContain('15-1252.00');
    await api.setTargetOccupations({ codes: ['15-1252.00'] });
    await drainWorkflows();
    expect(await stored()).toBe('15-1252.00');
    const both = await api.occupations();
    expect(both.confirmed).toEqual([{ code: '15-1252.00', title: 'Software Developers' }]);
    // What the profile itself says is still offered, for the seeker to go back to.
    expect(both.inferred[0]?.code).toBe('29-1141.00');
    await expect(api.setTargetOccupations({ codes: ['99-9999.99'] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    await api.setTargetOccupations({ codes: [] });
    await drainWorkflows();
    expect(await stored()).toBe('29-1141.00');
  });
});
