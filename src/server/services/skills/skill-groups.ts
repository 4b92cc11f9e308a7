/**
 * The MIT taxonomy's groups ("design tools", "web frameworks", ...) by canonical skill key. A
 * category such as "technical" is too broad to call two skills related (Figma and Node.js are
 * both technical); a group is narrow enough that knowing one member makes another quicker to learn.
 */
import taxonomyJson from '../../../../data/skills/skills_taxonomy.json';
import { canonicalizeSkill } from './taxonomy';

/** How a group is named in a sentence: "another design tool". */
const GROUP_NOUN: Record<string, string> = {
  programming_languages: 'programming language',
  web_frameworks: 'web framework',
  databases: 'database',
  cloud_platforms: 'cloud platform',
  devops_tools: 'DevOps tool',
  data_science_ml: 'data science tool',
  mobile_development: 'mobile technology',
  testing_frameworks: 'testing framework',
  other_technologies: 'technology',
  methodologies: 'way of working',
  soft_skills: 'soft skill',
  design_tools: 'design tool',
  other_tools: 'tool',
};

export interface SkillGroup {
  id: string;
  noun: string;
}

let byKey: Map<string, SkillGroup> | null = null;

function groups(): Map<string, SkillGroup> {
  if (byKey) return byKey;
  const map = new Map<string, SkillGroup>();
  for (const [id, skills] of Object.entries(taxonomyJson as Record<string, Record<string, string[]>>)) {
    const group = { id, noun: GROUP_NOUN[id] ?? 'skill' };
    for (const key of Object.keys(skills)) {
      const canonical = canonicalizeSkill(key).key;
      // First group wins: a skill listed twice keeps the group it was listed under first.
      if (canonical && !map.has(canonical)) map.set(canonical, group);
    }
  }
  byKey = map;
  return map;
}

/** The taxonomy group of a canonical skill key, or null for skills outside the grouped taxonomy. */
export function skillGroup(key: string): SkillGroup | null {
  return groups().get(key) ?? null;
}
