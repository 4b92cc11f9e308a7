import { describe, expect, it } from 'vitest';
import { extractJobRequirements } from './extract-requirements';
import type { SeekerProfile } from './profile-facts';
import { selectFacts } from './select-facts';
import { writeCoverLetterOffline, writeResumeOffline } from './write-offline';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** An imported profile: every skill at the import's defaults (3/5, no years), so nothing but the text tells them apart. */
function importedSeeker(): SeekerProfile {
  const names = [
    'Agile',
    'Airflow',
    'Ansible',
    'AWS',
    'Bash',
    'CSS',
    'Docker',
    'English',
    'Figma',
    'Git',
    'GitHub',
    'Go',
    'GraphQL',
    'HTML',
    'Jest',
    'Jira',
    'Kubernetes',
    'Linux',
    'Next.js',
    'Node.js',
    'PostgreSQL',
    'Python',
    'React',
    'Redis',
    'SQL',
    'Spanish',
    'Terraform',
    'TypeScript',
  ];
  const role = (n: number, title: string, start: string, end: string | null, achievements: string[]) => ({
    id: id(n),
    title,
    company: `Company ${n}`,
    location: null,
    startDate: start,
    startPrecision: 'month' as const,
    endDate: end,
    endPrecision: end ? ('month' as const) : ('unknown' as const),
    isCurrent: end === null,
    durationMonths: null,
    description: null,
    achievements,
  });
  return {
    userId: id(999),
    person: {
      name: 'Sam Rivera',
      email: 'sam@example.com',
      headline: null,
      summary: null,
      phone: null,
      location: null,
      links: [],
    },
    profile: {
      skills: names.map((name, i) => ({
        id: id(100 + i),
        name,
        category: name === 'English' || name === 'Spanish' ? ('language' as const) : ('technical' as const),
        proficiencyLevel: 3,
        yearsOfExperience: 0,
        endorsements: 0,
        lastUsed: null,
      })),
      // Listed as the profile lists them; the web role matches the job best.
      experience: [
        role(1, 'Senior Software Engineer', '2020-01-01', null, [
          'Built Python and TypeScript services on PostgreSQL and Redis',
          'Moved the Node.js API to Terraform-managed infrastructure',
        ]),
        role(2, 'Software Engineer', '2016-06-01', '2019-12-01', ['Wrote Python data pipelines with SQL and Airflow']),
        role(3, 'Junior Web Developer', '2015-03-01', '2016-05-01', ['Built HTML and CSS pages for the web shop']),
      ],
      education: [],
      projects: [],
      certifications: [],
      preferences: {} as SeekerProfile['profile']['preferences'],
    },
  };
}

const job = extractJobRequirements({
  id: id(500),
  title: 'Web Developer',
  companyName: 'Acme',
  description: 'Build web pages.\nRequirements:\n- HTML and CSS\n- Figma',
  requiredSkills: ['HTML', 'CSS', 'Figma'],
  requiredYears: 0,
});

describe('selectFacts and the offline resume', () => {
  it('keeps the skills the roles show before the alphabet decides', () => {
    const facts = selectFacts(importedSeeker(), job, 'standard');
    const names = facts.skills.map((s) => s.name);
    // Twenty skills, and the spoken languages beside them (never cut for a tool).
    expect(names).toHaveLength(22);
    expect(names.slice(-2)).toEqual(['English', 'Spanish']);
    // The job's skills first, then the ones the roles name most.
    expect(names.slice(0, 3)).toEqual(['HTML', 'CSS', 'Figma']);
    for (const core of ['Python', 'TypeScript', 'PostgreSQL', 'Redis', 'Node.js', 'Terraform', 'SQL', 'Airflow']) {
      expect(names).toContain(core);
    }
  });

  it('lists a certification kept as a skill too once, under Certifications', () => {
    // Seen on a walk: "AWS Certified Solutions Architect" under Skills and, with its level, under
    // Certifications.
    const seeker = importedSeeker();
    seeker.profile.skills.push({
      id: id(300),
      name: 'AWS Certified Solutions Architect',
      category: 'certification',
      // Above every other skill's level: ranked, it would be listed right after the job's own.
      proficiencyLevel: 5,
      yearsOfExperience: 0,
      endorsements: 0,
      lastUsed: null,
    });
    seeker.profile.certifications = [
      {
        id: id(301),
        name: 'AWS Certified Solutions Architect – Associate',
        issuer: null,
        issuedOn: '2022-01-01',
        issuedOnPrecision: 'year',
      },
    ];
    const resume = writeResumeOffline(seeker, selectFacts(seeker, job, 'standard'));
    const skills = resume.sections.find((s) => s.type === 'skills');
    const certifications = resume.sections.find((s) => s.type === 'certifications');
    expect(skills?.type === 'skills' && skills.items.map((i) => i.name)).not.toContain(
      'AWS Certified Solutions Architect',
    );
    expect(skills?.type === 'skills' && skills.items.map((i) => i.name)).toContain('AWS');
    expect(certifications?.type === 'certifications' && certifications.items.map((i) => i.name)).toEqual([
      'AWS Certified Solutions Architect – Associate',
    ]);
  });

  it('does not open the summary twice with the same role', () => {
    // Seen on a walk: "Backend engineer with Django and Apache Kafka. … Backend engineer with 9
    // years of experience …", the headline an import took from the summary's first words.
    const seeker = importedSeeker();
    seeker.person.headline = 'Backend engineer';
    seeker.person.summary = 'Backend engineer with 9 years of experience building payment platforms in Go and Python.';
    const resume = writeResumeOffline(seeker, selectFacts(seeker, job, 'standard'));
    const summary = resume.sections.find((s) => s.type === 'summary');
    const text = summary?.type === 'summary' ? summary.paragraphs.map((p) => p.text).join(' ') : '';
    expect(text.match(/Backend engineer/gi)).toHaveLength(1);
    expect(text).toContain('Skilled in HTML, CSS and Figma.');
    expect(text).toContain('Backend engineer with 9 years of experience');
  });

  it("does not repeat in its lead what the seeker's own summary already says", () => {
    // Seen on a walk: "Skilled in SolidWorks, AutoCAD and ANSYS. Currently Design Engineer at
    // Kestrel." and then the seeker's own summary naming the same tools and the same company.
    const seeker = importedSeeker();
    seeker.person.summary =
      'Senior software engineer at Company 1, building web pages in HTML and CSS from Figma designs since 2015.';
    const resume = writeResumeOffline(seeker, selectFacts(seeker, job, 'standard'));
    const summary = resume.sections.find((s) => s.type === 'summary');
    const text = summary?.type === 'summary' ? summary.paragraphs.map((p) => p.text).join(' ') : '';
    expect(text).toContain('Senior software engineer at Company 1, building web pages');
    for (const once of [/Company 1/g, /\bHTML\b/g, /\bCSS\b/g, /Figma/g]) expect(text.match(once)).toHaveLength(1);
  });

  it('names in its lead only the skills the own summary leaves out', () => {
    const seeker = importedSeeker();
    seeker.person.headline = 'Web developer';
    seeker.person.summary = 'I build web pages in HTML for small shops.';
    const resume = writeResumeOffline(seeker, selectFacts(seeker, job, 'standard'));
    const summary = resume.sections.find((s) => s.type === 'summary');
    const text = summary?.type === 'summary' ? summary.paragraphs.map((p) => p.text).join(' ') : '';
    expect(text).toContain('Web developer with CSS and Figma.');
    expect(text.match(/\bHTML\b/g)).toHaveLength(1);
  });

  it('does not take a longer word for the company', () => {
    // "metadata" does not name the company Meta (a review).
    const seeker = importedSeeker();
    const current = seeker.profile.experience[0];
    if (current) current.company = 'Meta';
    seeker.person.summary = 'I keep metadata tidy and get sites ready to go live.';
    const resume = writeResumeOffline(seeker, selectFacts(seeker, job, 'standard'));
    const summary = resume.sections.find((s) => s.type === 'summary');
    const text = summary?.type === 'summary' ? summary.paragraphs.map((p) => p.text).join(' ') : '';
    expect(text).toContain('Currently Senior Software Engineer at Meta.');
    // Nor "go live" for the skill Go: the lead still names it.
    const goJob = extractJobRequirements({
      id: id(501),
      title: 'Backend Developer',
      companyName: 'Acme',
      description: 'Build services.',
      requiredSkills: ['Go'],
      requiredYears: 0,
    });
    const withGo = writeResumeOffline(seeker, selectFacts(seeker, goJob, 'standard'));
    const lead = withGo.sections.find((s) => s.type === 'summary');
    expect(lead?.type === 'summary' && lead.paragraphs[0]?.text).toMatch(/\bGo\b/);
  });

  it('lists the roles newest first, whatever their relevance', () => {
    const seeker = importedSeeker();
    const resume = writeResumeOffline(seeker, selectFacts(seeker, job, 'standard'));
    const experience = resume.sections.find((s) => s.type === 'experience');
    expect(experience?.type === 'experience' && experience.items.map((e) => e.title)).toEqual([
      'Senior Software Engineer',
      'Software Engineer',
      'Junior Web Developer',
    ]);
  });

  it('ends a sentence once when the company name ends with a full stop', () => {
    const seeker = importedSeeker();
    const current = seeker.profile.experience[0];
    if (current) current.company = 'Northwind Analytics Inc.';
    const inc = { ...job, company: 'Acme Corp.' };
    const facts = selectFacts(seeker, inc, 'standard');
    const resume = writeResumeOffline(seeker, facts);
    const summary = resume.sections.find((s) => s.type === 'summary');
    const text = summary?.type === 'summary' ? summary.paragraphs.map((p) => p.text).join(' ') : '';
    expect(text).toContain('Currently Senior Software Engineer at Northwind Analytics Inc.');
    expect(text).not.toContain('..');
    const letter = writeCoverLetterOffline(seeker, facts, inc);
    expect(letter.paragraphs.map((p) => p.text).join(' ')).not.toContain('..');
  });
});

describe('the offline cover letter', () => {
  it('grows with the length asked for: one achievement, two, or four and a project, each from the profile', () => {
    const seeker = importedSeeker();
    seeker.profile.projects = [
      {
        id: id(400),
        name: 'Shop redesign',
        description: 'Rebuilt the web shop pages in HTML and CSS from Figma designs. Cut page weight by half.',
        url: null,
        startDate: null,
        endDate: null,
        highlights: [],
      },
    ];
    const letter = (length: 'short' | 'standard' | 'detailed') =>
      writeCoverLetterOffline(seeker, selectFacts(seeker, job, length), job, 'professional', length);
    const words = (l: ReturnType<typeof letter>) =>
      l.paragraphs
        .map((p) => p.text)
        .join(' ')
        .split(/\s+/).length;
    const [short, standard, detailed] = [letter('short'), letter('standard'), letter('detailed')];
    // The four lines of the profile's roles a letter can quote, by a phrase of each.
    const lines = ['Python and TypeScript services', 'Node.js API', 'Python data pipelines', 'HTML and CSS pages'];
    const achievements = (l: ReturnType<typeof letter>) => {
      const text = l.paragraphs.map((p) => p.text).join(' ');
      return lines.filter((phrase) => text.includes(phrase)).length;
    };
    expect([achievements(short), achievements(standard), achievements(detailed)]).toEqual([1, 2, 4]);
    // One paragraph per role: the current role's two lines read together.
    expect(detailed.paragraphs.map((p) => p.text)).toContain(
      'As Senior Software Engineer at Company 1, I built Python and TypeScript services on PostgreSQL and Redis. ' +
        'I also moved the Node.js API to Terraform-managed infrastructure.',
    );
    expect(detailed.paragraphs.map((p) => p.text)).toContain(
      'I also worked on Shop redesign: Rebuilt the web shop pages in HTML and CSS from Figma designs.',
    );
    expect(words(detailed)).toBeGreaterThan(words(standard) * 1.4);
    expect(words(short)).toBeLessThan(words(standard));
    // Every paragraph names the facts it states.
    for (const p of detailed.paragraphs) expect(p.factIds.length, p.text).toBeGreaterThan(0);
    // A name an import made from the project's first words is not said twice (seen on a walk).
    const [project] = seeker.profile.projects;
    if (project) project.name = 'Rebuilt the web shop pages in…';
    expect(letter('detailed').paragraphs.map((p) => p.text)).toContain(
      'One of my projects: Rebuilt the web shop pages in HTML and CSS from Figma designs.',
    );
  });

  const welding = extractJobRequirements({
    id: id(501),
    title: 'Welder',
    companyName: 'Forge Works',
    description: 'Requirements:\n- MIG and TIG welding',
    requiredSkills: ['Welding'],
    requiredYears: 0,
  });
  const paragraphsOf = (seeker: SeekerProfile, req: typeof job) =>
    writeCoverLetterOffline(seeker, selectFacts(seeker, req, 'standard'), req).paragraphs.map((p) => p.text);

  it('says the seeker has what the job asks for only about the skills it asks for', () => {
    const seeker = importedSeeker();
    expect(paragraphsOf(seeker, job)[0]).toBe(
      'I am writing to apply for the Web Developer position at Acme. As a Junior Web Developer, I bring experience with HTML, CSS and Figma, which this role asks for.',
    );
    // None of the welding job's skills: no claim of fit, the seeker's own work instead.
    expect(paragraphsOf(seeker, welding)[0]).toBe(
      'I am writing to apply for the Welder position at Forge Works. I am a Senior Software Engineer working with Python, Airflow, CSS and HTML.',
    );
  });

  it('puts a role’s duty in the first person and the role’s tense', () => {
    const seeker = importedSeeker();
    const [current, , earlier] = seeker.profile.experience;
    if (!current || !earlier) throw new Error('fixture');
    current.achievements = ['Owns the HTML and CSS of the web shop'];
    earlier.achievements = ['Manages the HTML templates of the web shop'];
    const text = paragraphsOf(seeker, job).join('\n');
    expect(text).toContain('As Senior Software Engineer at Company 1, I own the HTML and CSS of the web shop.');
    expect(text).toContain('As Junior Web Developer at Company 3, I managed the HTML templates of the web shop.');
  });

  it('writes a sentence-case headline in lower case inside a sentence, and keeps titles and names', () => {
    // Seen on a walk: "As a Backend engineer, I bring experience with …".
    const seeker = importedSeeker();
    const opening = (headline: string) => {
      seeker.person.headline = headline;
      return writeCoverLetterOffline(seeker, selectFacts(seeker, job, 'standard'), job).paragraphs[0]?.text ?? '';
    };
    expect(opening('Backend engineer')).toContain('As a backend engineer, I bring experience with');
    expect(opening('Senior Web Engineer')).toContain('As a Senior Web Engineer, I bring');
    expect(opening('Java developer')).toContain('As a Java developer, I bring');
    expect(opening('QA lead')).toContain('As a QA lead, I bring');
  });

  it('names the role of a headline that lists skills, not the skills twice', () => {
    // Seen on a walk: "As a Senior Full-Stack Engineer — TypeScript, React, Node.js, I bring
    // experience with TypeScript, React, …", and the resume's summary the same.
    const seeker = importedSeeker();
    seeker.person.headline = 'Senior Web Engineer — HTML, CSS, Figma';
    const facts = selectFacts(seeker, job, 'standard');
    expect(writeCoverLetterOffline(seeker, facts, job).paragraphs[0]?.text).toContain(
      'As a Senior Web Engineer, I bring experience with HTML, CSS and Figma, which this role asks for.',
    );
    const summary = writeResumeOffline(seeker, facts).sections.find((s) => s.type === 'summary');
    expect(summary?.type === 'summary' && summary.paragraphs[0]?.text).toBe(
      'Senior Web Engineer with HTML, CSS and Figma.',
    );
    // A headline that is only a role is used whole.
    seeker.person.headline = 'Data Engineer | Analytics';
    expect(writeCoverLetterOffline(seeker, facts, job).paragraphs[0]?.text).toContain('As a Data Engineer, I bring');
  });

  it('uses "an" before a vowel', () => {
    const seeker = importedSeeker();
    seeker.person.headline = 'Engineering Lead';
    expect(paragraphsOf(seeker, welding)[0]).toContain('I am an Engineering Lead working with');
  });
});

describe('what the offline writer quotes from a role', () => {
  it('skips a role’s labelled fields and a line that only restates the title', () => {
    const seeker = importedSeeker();
    const [current, , earlier] = seeker.profile.experience;
    if (!current || !earlier) throw new Error('fixture');
    current.description = 'Company Name: Company 1. An ISO certified company.';
    current.achievements = ['Worked as Senior Software Engineer', 'Owns the HTML and CSS of the web shop'];
    earlier.achievements = ['Technology: HTML, CSS', 'Designation: Junior Web Developer'];
    const facts = selectFacts(seeker, job, 'standard');
    const letter = writeCoverLetterOffline(seeker, facts, job).paragraphs.map((p) => p.text);
    // Nothing of the web role is quotable: the next role's line stands in.
    expect(letter.filter((p) => p.startsWith('As '))).toEqual([
      'As Senior Software Engineer at Company 1, I own the HTML and CSS of the web shop.',
      'As Software Engineer at Company 2, I wrote Python data pipelines with SQL and Airflow.',
    ]);
    // The resume keeps the role's own words, but not a field that repeats its employer or title.
    const resume = writeResumeOffline(seeker, facts);
    const experience = resume.sections.find((s) => s.type === 'experience');
    const bullets =
      experience?.type === 'experience' ? experience.items.flatMap((i) => i.bullets.map((b) => b.text)) : [];
    expect(bullets).not.toContain('Company Name: Company 1.');
    expect(bullets).not.toContain('Designation: Junior Web Developer');
    expect(bullets).toContain('Technology: HTML, CSS');
  });
});
