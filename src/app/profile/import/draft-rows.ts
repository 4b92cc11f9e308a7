import type { SkillCategory } from '@/lib/validators/enums';
import type { ResumeDraft, ResumeSource } from '@/lib/validators/resume';
import type { CommitResumeImportInput } from '@/lib/validators/resume-import';

interface Meta {
  include: boolean;
  confidence: number;
  source: ResumeSource;
}
export interface SkillRow extends Meta {
  name: string;
  category: SkillCategory;
  proficiencyLevel: string;
  yearsOfExperience: string;
}
export interface RoleRow extends Meta {
  title: string;
  company: string;
  location: string;
  startDate: string;
  endDate: string;
  isCurrent: boolean;
  achievements: string;
}
export interface SchoolRow extends Meta {
  institution: string;
  degree: string;
  fieldOfStudy: string;
  startDate: string;
  endDate: string;
}
export interface DraftRows {
  headline: string;
  skills: SkillRow[];
  experience: RoleRow[];
  education: SchoolRow[];
}

/** Low-confidence findings start unticked: the user opts in rather than cleaning up. */
const INCLUDE_AT = 0.5;

export function draftToRows(d: ResumeDraft): DraftRows {
  const meta = (x: { confidence: number; source: ResumeSource }): Meta => ({
    include: x.confidence >= INCLUDE_AT,
    confidence: x.confidence,
    source: x.source,
  });
  return {
    headline: d.headline?.value ?? '',
    skills: d.skills.map((s) => ({ ...meta(s), ...s.value, proficiencyLevel: '3', yearsOfExperience: '1' })),
    experience: d.experience.map((e) => ({
      ...meta(e),
      ...e.value,
      location: e.value.location ?? '',
      startDate: e.value.startDate ?? '',
      endDate: e.value.endDate ?? '',
      achievements: e.value.achievements.join('\n'),
    })),
    education: d.education.map((e) => ({
      ...meta(e),
      ...e.value,
      fieldOfStudy: e.value.fieldOfStudy ?? '',
      startDate: e.value.startDate ?? '',
      endDate: e.value.endDate ?? '',
    })),
  };
}

/** The ticked rows as the commit input, plus each input index's row index (to place errors). */
export function rowsToCommit(rows: DraftRows): { input: CommitResumeImportInput; rowOf: Record<string, number[]> } {
  const pick = <R extends Meta>(list: R[]) => list.map((r, i) => [r, i] as const).filter(([r]) => r.include);
  const skills = pick(rows.skills);
  const roles = pick(rows.experience);
  const schools = pick(rows.education);
  return {
    input: {
      headline: rows.headline,
      skills: skills.map(([s]) => ({ name: s.name, category: s.category, proficiencyLevel: s.proficiencyLevel, yearsOfExperience: s.yearsOfExperience })),
      experience: roles.map(([e]) => ({
        title: e.title,
        company: e.company,
        location: e.location,
        startDate: e.startDate,
        endDate: e.isCurrent ? null : e.endDate,
        isCurrent: e.isCurrent,
        achievements: e.achievements.split('\n'),
      })),
      education: schools.map(([e]) => ({ institution: e.institution, degree: e.degree, fieldOfStudy: e.fieldOfStudy, startDate: e.startDate, endDate: e.endDate })),
    },
    rowOf: { skills: skills.map(([, i]) => i), experience: roles.map(([, i]) => i), education: schools.map(([, i]) => i) },
  };
}
