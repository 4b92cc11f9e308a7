/**
 * The index data structures and the builder that merges skill sources into them: aliases are
 * tokenized, classified as ambiguous or not, and claimed first come, first served.
 */
import { type SkillCategory } from '@/lib/validators/enums';
import { type AliasPolicy } from './lexicon';
import { type RawSkill } from './onet-names';
import { singularize, tokenNorms } from './tokenize';

export interface SkillRecord {
  key: string;
  name: string;
  category: SkillCategory;
}

export interface AliasRecord {
  skill: SkillRecord;
  /** Normalized tokens; singularized for multi-token aliases (they are matched that way). */
  tokens: string[];
  /** Only accepted in a list/skills context (see extract-skills.ts). */
  strict: boolean;
  /** The alias itself contains a comma ("extract, transform, and load"). */
  allowComma: boolean;
  /** Only this exact spelling counts ("PLC", not the "plc" of a company name). */
  exactCase: string | null;
}

export interface SkillIndex {
  skills: Map<string, SkillRecord>;
  /** Every alias (and joined variant) by its tokens joined with spaces: the exact-lookup table. */
  phrases: Map<string, AliasRecord>;
  /** One-token aliases, including joined forms of multi-token ones ("powerbi", "sqlserver"). */
  single: Map<string, AliasRecord>;
  /** Multi-token aliases by first token, longest first. */
  multi: Map<string, AliasRecord[]>;
  /** Ordinary English words (see english-words.ts). */
  english: ReadonlySet<string>;
}

export type Source = 'curated' | 'taxonomy' | 'esco' | 'onet';

export const skillKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
/** Inner capitals, digits or symbols ("AutoCAD", "C++", "3ds"), or an all-caps word of 5+ letters ("SCADA"). */
const isBrandShaped = (word: string) => /[a-z][A-Z]|[\d+#.]/.test(word) || /^[A-Z]{5,}$/.test(word);
const isShort = (tokens: string[]) => tokens.length === 1 && /^[a-z0-9]{1,2}$/.test(tokens[0] ?? '');

export class IndexBuilder {
  readonly index: SkillIndex;

  constructor(
    english: ReadonlySet<string>,
    private readonly policy: AliasPolicy,
  ) {
    this.index = { skills: new Map(), phrases: new Map(), single: new Map(), multi: new Map(), english };
  }

  add(raw: RawSkill, source: Source): void {
    const skill = this.findExisting(raw, source) ?? this.create(raw);
    // The display name is always an alias too ("Shell Scripting" for the taxonomy's "shell"). An alias
    // written twice in one entry ("Regression|!regression") takes the cautious reading.
    const aliases = new Map<string, { tokens: string[]; strict: boolean; comma: boolean; exactCase: string | null }>();
    for (const alias of [{ text: raw.name, strict: false }, ...raw.aliases]) {
      // Drops correct the open sources; curated entries say exactly what they mean.
      if (source !== 'curated' && this.policy.drop.has(alias.text.toLowerCase())) continue;
      const tokens = tokenNorms(alias.text);
      if (tokens.length === 0) continue;
      const strict = this.isStrict(alias.text, tokens, alias.strict, source);
      const phrase = tokens.join(' ');
      const seen = aliases.get(phrase);
      aliases.set(phrase, {
        tokens,
        strict: strict || (seen?.strict ?? false),
        comma: alias.text.includes(',') || (seen?.comma ?? false),
        exactCase: alias.exactCase ?? seen?.exactCase ?? null,
      });
    }
    for (const a of aliases.values()) this.register(skill, a.tokens, a.strict, a.comma, a.exactCase);
  }

  private findExisting(raw: RawSkill, source: Source): SkillRecord | undefined {
    if (raw.key && this.index.skills.has(raw.key)) return this.index.skills.get(raw.key);
    for (const name of [raw.name, raw.key, ...(raw.mergeNames ?? [])]) {
      if (!name) continue;
      const hit = this.index.phrases.get(tokenNorms(name).join(' '));
      if (hit) return hit.skill;
    }
    const byKey = this.index.skills.get(skillKey(raw.name));
    if (byKey || source !== 'onet') return byKey;
    // A maker the vendor list missed ("MathWorks MATLAB"): drop leading words while the rest is an
    // unambiguous alias of a known skill. Ambiguous ones ("Project") would merge unrelated products.
    const tokens = tokenNorms(raw.name);
    for (let drop = 1; drop < tokens.length; drop++) {
      const hit = this.index.phrases.get(tokens.slice(drop).join(' '));
      if (hit && !hit.strict) return hit.skill;
    }
    return undefined;
  }

  private create(raw: RawSkill): SkillRecord {
    const skill = { key: raw.key ?? skillKey(raw.name), name: raw.name, category: raw.category };
    this.index.skills.set(skill.key, skill);
    return skill;
  }

  private isStrict(text: string, tokens: string[], declared: boolean, source: Source): boolean {
    const lowered = text.toLowerCase();
    if (this.policy.free.has(lowered)) return false;
    if (declared || this.policy.strict.has(lowered) || isShort(tokens)) return true;
    if (source === 'curated' || source === 'esco') return false;
    const english = this.index.english;
    if (tokens.length > 1) return source === 'onet' && tokens.every((t) => english.has(t));
    // Tool names from the open sources that double as English words ("access", "spark", "teams").
    if (english.has(tokens[0] ?? '')) return true;
    // O*NET lists ~5k products, many named with plain words ("Vista", "Calm", "Kingdom") or short
    // acronyms ("ETC", "AIM"): only a brand-shaped spelling (AutoCAD, MySQL, C++, SCADA) is trusted.
    return source === 'onet' && !isBrandShaped(text);
  }

  private register(
    skill: SkillRecord,
    tokens: string[],
    strict: boolean,
    allowComma: boolean,
    exactCase: string | null,
  ): void {
    const phrase = tokens.join(' ');
    // First claim wins: a later source never changes how an earlier one's alias is read.
    if (this.index.phrases.has(phrase)) return;
    if (tokens.length === 1) {
      const record = { skill, tokens, strict, allowComma, exactCase };
      this.index.phrases.set(phrase, record);
      this.index.single.set(phrase, record);
      return;
    }
    const record = { skill, tokens: tokens.map(singularize), strict, allowComma, exactCase };
    this.index.phrases.set(phrase, record);
    const first = record.tokens[0] ?? '';
    this.index.multi.set(first, [...(this.index.multi.get(first) ?? []), record]);
    const joined = tokens.join('');
    // "Power BI" is also written "PowerBI", "SQL Server" "SqlServer".
    if (joined.length >= 4 && /^[a-z0-9]+$/.test(joined) && !this.index.phrases.has(joined)) {
      const variant = { skill, tokens: [joined], strict, allowComma: false, exactCase };
      this.index.phrases.set(joined, variant);
      this.index.single.set(joined, variant);
    }
  }

  finish(): SkillIndex {
    for (const list of this.index.multi.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    return this.index;
  }
}
