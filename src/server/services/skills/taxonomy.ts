/**
 * The skills taxonomy: one module used by profile editing, resume import, search and matching.
 * canonicalizeSkill maps any spelling to one skill ("ReactJS", "react.js", "React" -> React; "js" ->
 * JavaScript; "k8s" -> Kubernetes; "Oracle Java" -> Java); extractSkills finds skills in free text.
 * Sources and precedence: see skill-index.ts; data and licences: data/skills/ATTRIBUTION.md.
 */
import { type SkillCategory } from '@/lib/validators/enums';
import { toCanonical, type CanonicalSkill } from './extract-skills';
import { getSkillIndex, skillKey, type SkillIndex, type SkillRecord } from './skill-index';
import { collapseWhitespace, isVersionToken, singularize, stripVersionSuffix, tokenNorms } from './tokenize';

export { extractSkills, type CanonicalSkill, type ExtractedSkill, type ExtractOptions } from './extract-skills';
export { getSkillIndex } from './skill-index';

/** Words that qualify a skill without changing it: "Python programming", "SAP software". */
const QUALIFIERS = new Set([
  'software',
  'programming',
  'language',
  'framework',
  'skills',
  'skill',
  'tool',
  'tools',
  'basics',
  'basic',
]);

function lookupPhrase(tokens: string[], index: SkillIndex): SkillRecord | undefined {
  const exact = index.phrases.get(tokens.join(' '));
  if (exact) return exact.skill;
  if (tokens.length > 1) {
    const wanted = tokens.map(singularize);
    const hit = index.multi.get(wanted[0] ?? '')?.find((a) => a.tokens.join(' ') === wanted.join(' '));
    if (hit) return hit.skill;
    return index.single.get(tokens.join(''))?.skill;
  }
  const stem = stripVersionSuffix(tokens[0] ?? '');
  return stem ? index.single.get(stem)?.skill : undefined;
}

function lookup(tokens: string[], index: SkillIndex): SkillRecord | undefined {
  let current = tokens;
  // Drop what does not change the skill, one layer at a time: versions ("SQL Server 2008", "Angular 6"),
  // then qualifiers ("Python programming"), then a "basic"/"advanced" prefix.
  for (let round = 0; round < 4 && current.length > 0; round++) {
    const hit = lookupPhrase(current, index);
    if (hit) return hit;
    const trimmed = [...current];
    while (trimmed.length > 1 && (isVersionToken(trimmed.at(-1) ?? '') || /^(19|20)\d\d$/.test(trimmed.at(-1) ?? '')))
      trimmed.pop();
    while (trimmed.length > 1 && QUALIFIERS.has(trimmed.at(-1) ?? '')) trimmed.pop();
    while (trimmed.length > 1 && /^(basic|basics|advanced|advance|expert|good|strong)$/.test(trimmed[0] ?? ''))
      trimmed.shift();
    if (trimmed.length === current.length) break;
    current = trimmed;
  }
  return undefined;
}

function guessCategory(name: string): SkillCategory {
  if (/\bcertifi(?:ed|cate|cation)\b/i.test(name)) return 'certification';
  if (/\bskills?$/i.test(name)) return 'soft';
  return 'technical';
}

/** Maps a skill as typed or parsed to its canonical form. Unknown input is kept, cleaned, with known=false. */
export function canonicalizeSkill(raw: string): CanonicalSkill {
  const name = collapseWhitespace(raw);
  const tokens = tokenNorms(name);
  const hit = tokens.length > 0 ? lookup(tokens, getSkillIndex()) : undefined;
  if (hit) return toCanonical(hit);
  return { name, key: skillKey(name), category: guessCategory(name), known: false };
}

/** The canonical form of a known skill by its key, e.g. for rendering stored keys. */
export function skillByKey(key: string): CanonicalSkill | null {
  const skill = getSkillIndex().skills.get(key);
  return skill ? toCanonical(skill) : null;
}
