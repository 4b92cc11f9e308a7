/**
 * Skills that another skill implies: whoever works in PostgreSQL writes SQL, whoever builds with
 * React writes JavaScript. A posting asking for the general skill is met by the specific one (never
 * the other way round: SQL alone is not PostgreSQL). Kept to relations no recruiter would dispute:
 * the hand-written ones below, and two read from O*NET's technology skills (tool-kinds.ts).
 */
import { onetKindsOfTools, onetMakersLines } from './tool-kinds';

const IMPLIES: Readonly<Record<string, readonly string[]>> = {
  SQL: ['PostgreSQL', 'MySQL', 'SQL Server', 'Oracle Database', 'SQLite', 'MariaDB', 'T-SQL', 'PL/SQL'],
  JavaScript: ['TypeScript', 'React', 'Angular', 'Vue.js', 'Node.js', 'jQuery', 'Next.js', 'Express'],
  Python: ['Django', 'Flask', 'FastAPI', 'Pandas', 'NumPy'],
  Java: ['Spring', 'Spring Boot', 'Hibernate'],
};

let all: ReadonlyArray<readonly [string, readonly string[]]> | null = null;

/** General skill name -> the names of the skills that imply it. */
export function impliedSkillSources(): ReadonlyArray<readonly [string, readonly string[]]> {
  all ??= [...Object.entries(IMPLIES), ...onetKindsOfTools(), ...onetMakersLines()];
  return all;
}
