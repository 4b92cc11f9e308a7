/**
 * Heading phrases per canonical section, matched case-insensitively (see sections.ts). Pipe-separated
 * to keep the table readable; longer phrases win over shorter ones ("technical skills" over "skills").
 */
export const SECTION_NAMES = [
  'summary',
  'experience',
  'education',
  'skills',
  'projects',
  'certifications',
  'languages',
  'awards',
  'interests',
  'personal',
  'references',
  'contact',
] as const;
export type CanonicalSection = (typeof SECTION_NAMES)[number];

const HEADINGS: Record<CanonicalSection, string> = {
  summary:
    'summary|professional summary|career summary|executive summary|profile|professional profile|profile summary|career profile|objective|career objective|professional objective|objectives|about me|overview|personal statement',
  experience:
    'experience|work experience|professional experience|work history|employment history|employment|career history|relevant experience|company details|experience details|working experience|professional background|internships|internship|internship experience|work experience details|employment details',
  education:
    'education|education details|educational qualifications|educational qualification|academic qualifications|academic qualification|qualifications|academic details|academics|academic background|educational background|education and training|education & training|academic profile|scholastic profile|educational details',
  skills:
    'skills|technical skills|key skills|core skills|skill set|skillset|skill details|skills summary|technical skill set|core competencies|competencies|areas of expertise|expertise|technical expertise|it skills|i.t. skills|computer skills|computer proficiency|software proficiency|software skills|technical proficiency|technical qualifications|technical summary|tools and technologies|tools & technologies|soft skills|professional skills|key competencies|technical competencies|skills & abilities|skills and abilities|strengths|strength|key strengths|technical skills / responsibilities|skills & expertise',
  projects:
    'projects|project details|academic projects|key projects|project profile|personal projects|projects undertaken|major projects|project experience|internship projects|internship project|internship project details|other projects',
  certifications:
    'certifications|certification|certificates|certification and trainings|certifications and trainings|certification and training|licenses and certifications|licenses & certifications|trainings|training|courses|professional certifications|certifications & training',
  languages: 'languages|languages known|language proficiency|language skills|language known|linguistic skills',
  awards:
    'awards|achievements|achievement|award|honors|honours|accomplishments|awards and achievements|key achievements|extra curricular activities|extracurricular activities|co-curricular activities',
  interests: 'interests|hobbies|hobbies and interests|areas of interest|personal interests',
  personal:
    'personal details|personal information|personal profile|personal data|personal attributes|personal traits|personal qualities',
  references: 'references',
  contact: 'contact|contact information|contact details|contact info',
};

/** Phrase (lower case) -> section. */
export const HEADING_PHRASES: ReadonlyMap<string, CanonicalSection> = new Map(
  SECTION_NAMES.flatMap((name) => HEADINGS[name].split('|').map((phrase) => [phrase, name] as const)),
);
