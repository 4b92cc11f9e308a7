/**
 * Job titles in common use outside the United States (or newer than its lists) that O*NET, a US
 * taxonomy, files elsewhere or not at all. "Advocate" is how lawyers call themselves in India, Scotland and South Africa; O*NET
 * knows it only as a social-service or legal-support title, so every such resume read as a case
 * worker. Added to the occupation's titles, the title becomes ambiguous between them and the rest
 * of the profile (court, litigation, a law degree) decides. Kept short: only titles whose meaning
 * is a matter of record, never a fix for one resume.
 */
export const REGIONAL_TITLES: Readonly<Record<string, readonly string[]>> = {
  // Lawyers.
  '23-1011.00': ['Advocate', 'High Court Advocate', 'Legal Advocate'],
  // Accountants and Auditors.
  '13-2011.00': ['Chartered Accountant', 'Articled Assistant'],
  // Exercise Trainers and Group Fitness Instructors.
  '39-9031.00': ['Gym Instructor', 'Gym Trainer'],
  // Human Resources Specialists: an "executive" is an officer-level grade in Indian and British firms.
  '13-1071.00': ['HR Executive', 'Human Resources Executive'],
  // Software titles in current use that O*NET spells apart ("Back End Developer") or files elsewhere: its
  // only "Platform Engineer" is a blockchain one, so a TypeScript platform role read as Blockchain Engineers.
  '15-1252.00': ['Platform Engineer', 'Backend Developer', 'Backend Engineer'],
  // Web Developers.
  '15-1254.00': ['Frontend Developer', 'Frontend Engineer'],
};
