/**
 * The shipped skill sources (data/skills, see ATTRIBUTION.md there) read into one shape. JSON imports
 * rather than fs reads: they are bundled with the server, so no dependency on the working directory.
 */
import { z } from 'zod';
import curatedJson from '../../../../data/skills/curated-skills.json';
import escoJson from '../../../../data/skills/esco-languages.json';
import taxonomyJson from '../../../../data/skills/skills_taxonomy.json';
import { SKILL_CATEGORIES, type SkillCategory } from '@/lib/validators/enums';
import { type RawAlias, type RawSkill } from './onet-names';

const curatedSchema = z.object({
  display: z.record(z.string(), z.string()),
  dropAliases: z.array(z.string()),
  strictAliases: z.array(z.string()),
  freeAliases: z.array(z.string()),
  skills: z.record(z.enum(SKILL_CATEGORIES), z.array(z.string())),
});
const taxonomySchema = z.record(z.string(), z.record(z.string(), z.array(z.string())));
const escoSchema = z.object({ languages: z.array(z.object({ label: z.string(), uri: z.string() })) });

export interface AliasPolicy {
  /** Aliases never used (misleading in the sources: "leading" -> leadership, "cv" -> computer vision). */
  drop: ReadonlySet<string>;
  /** Aliases only accepted in a list/skills context, whatever their source says. */
  strict: ReadonlySet<string>;
  /** Aliases accepted anywhere even though they look like English words. */
  free: ReadonlySet<string>;
}

export interface Lexicon {
  curated: RawSkill[];
  taxonomy: RawSkill[];
  languages: RawSkill[];
  policy: AliasPolicy;
}

const lower = (items: readonly string[]) => new Set(items.map((s) => s.toLowerCase()));

function parseAlias(alias: string): RawAlias {
  const text = alias.replace(/^[!=]/, '').trim();
  if (alias.startsWith('=')) return { text, strict: false, exactCase: text };
  return { text, strict: alias.startsWith('!') };
}

/**
 * "!Name|alias|!alias|=ACR": a leading "!" marks an alias (or the display name) as ambiguous, a
 * leading "=" makes it case-sensitive ("=PLC" is not the "plc" after a company name).
 */
export function parseEntry(entry: string, category: SkillCategory): RawSkill {
  const [head = '', ...rest] = entry.split('|');
  const first = parseAlias(head);
  return { name: first.text, category, aliases: [first, ...rest.map(parseAlias)] };
}

/** The MIT taxonomy's groups are all technical except its soft skills. */
const TAXONOMY_CATEGORY: Record<string, SkillCategory> = { soft_skills: 'soft' };

export function loadLexicon(): Lexicon {
  const curated = curatedSchema.parse(curatedJson);
  const taxonomy = taxonomySchema.parse(taxonomyJson);
  const esco = escoSchema.parse(escoJson);

  const curatedSkills = Object.entries(curated.skills).flatMap(([category, entries]) =>
    entries.map((e) => parseEntry(e, category as SkillCategory)),
  );
  const taxonomySkills: RawSkill[] = Object.entries(taxonomy).flatMap(([group, skills]) =>
    Object.entries(skills).map(([key, aliases]) => ({
      key,
      name: curated.display[key] ?? key,
      category: TAXONOMY_CATEGORY[group] ?? 'technical',
      aliases: [key, ...aliases].map((text) => ({ text, strict: false })),
    })),
  );
  const languages: RawSkill[] = esco.languages.map(({ label }) => ({
    name: label,
    category: 'language',
    aliases: [{ text: label, strict: false }],
  }));
  return {
    curated: curatedSkills,
    taxonomy: taxonomySkills,
    languages,
    policy: {
      drop: lower(curated.dropAliases),
      strict: lower(curated.strictAliases),
      free: lower(curated.freeAliases),
    },
  };
}
