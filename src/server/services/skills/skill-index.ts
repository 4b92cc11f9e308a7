/**
 * Merges the skill sources into one index, built once on first use (~0.5 s, mostly reading O*NET).
 * Precedence: curated entries, then the MIT taxonomy, then ESCO languages, then O*NET names. A later
 * source joins an existing skill when its name (or its vendor-less name) is already an alias, and an
 * alias belongs to the first skill that claims it, so curated corrections always win.
 */
import { processWide } from '@/server/process-wide';
import { loadOnet } from '@/server/data/onet';
import { proseWords } from './english-words';
import { IndexBuilder, type SkillIndex } from './index-builder';
import { loadLexicon } from './lexicon';
import { deriveOnetSkill, findVendors } from './onet-names';

export { skillKey, type AliasRecord, type SkillIndex, type SkillRecord } from './index-builder';

export function buildSkillIndex(): SkillIndex {
  const onet = loadOnet();
  const english = proseWords(onet);
  const lexicon = loadLexicon();
  const builder = new IndexBuilder(english, lexicon.policy);
  for (const raw of lexicon.curated) builder.add(raw, 'curated');
  for (const raw of lexicon.taxonomy) builder.add(raw, 'taxonomy');
  for (const raw of lexicon.languages) builder.add(raw, 'esco');
  const names = [...new Set(onet.occupations.flatMap((o) => o.technologySkills.map((t) => t.name)))];
  const vendors = findVendors(names, english);
  for (const name of names) {
    const derived = deriveOnetSkill(name, vendors, english);
    if (derived) builder.add(derived, 'onet');
  }
  return builder.finish();
}

/** The shared index (one per process, process-wide.ts); built lazily so importing this module costs nothing. */
export const getSkillIndex: () => SkillIndex = processWide('skill-index', buildSkillIndex);
