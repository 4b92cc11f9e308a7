/**
 * extractSkills with a bounded memory of recent texts. Generation reads the same texts over and
 * over: a role's bullets when facts are ranked and again when the document is checked, the
 * profile's text for every job a seeker tailors to, a job's description for every seeker who
 * tailors to it. Extraction depends only on the text and the skill index, so a remembered answer
 * is the answer; recently used texts are kept, the oldest forgotten past MAX_TEXTS.
 */
import { extractSkills, getSkillIndex, type ExtractedSkill } from '@/server/services/skills/taxonomy';

const MAX_TEXTS = 4000;
/** Longer texts (whole documents) are rarely seen twice and would crowd the memory. */
const MAX_TEXT_LENGTH = 20_000;

let remembered = new Map<string, readonly ExtractedSkill[]>();
let indexOfMemory: unknown = null;

export function skillsInText(text: string): readonly ExtractedSkill[] {
  const index = getSkillIndex();
  if (index !== indexOfMemory) {
    remembered = new Map();
    indexOfMemory = index;
  }
  if (text.length > MAX_TEXT_LENGTH) return extractSkills(text);
  const known = remembered.get(text);
  if (known) {
    // Map order is insertion order: re-inserting marks the text as recently used.
    remembered.delete(text);
    remembered.set(text, known);
    return known;
  }
  const found = Object.freeze(extractSkills(text).map((s) => Object.freeze(s)));
  remembered.set(text, found);
  if (remembered.size > MAX_TEXTS) remembered.delete(remembered.keys().next().value as string);
  return found;
}
