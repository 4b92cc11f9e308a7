/**
 * Skills of a resume: every section is scanned with extractSkills, a Skills (or Languages) section as
 * a list, other sections as prose, so an ambiguous name ("Go", "Excel") only counts where it is listed.
 * Confidence (0-1): 0.9 in a Skills/Languages section, 0.8 in Certifications, 0.7 in experience,
 * projects or summary, 0.6 elsewhere; +0.03 per further mention (up to +0.09); -0.1 when only an
 * ambiguous alias matched; -0.25 when only a misspelling matched. The best reading per skill wins.
 * A Skills section's items the taxonomy does not know follow, offered unticked (unknownListedSkills).
 */
import { type Sourced } from '@/lib/validators/resume';
import { extractSkills } from '@/server/services/skills/taxonomy';
import { type SkillCategory } from '@/lib/validators/enums';
import { issuerSpan } from './certifications';
import { type Section, type SectionName } from './sections';

export interface SkillValue {
  name: string;
  category: SkillCategory;
  level?: number;
  /** How long it was used, when the skill's own line in a Skills section says so. */
  years?: number;
}

/**
 * A length stated on a skills line: "Python- Exprience - 34 months" (the layout some job sites
 * export), "PostgreSQL (5 years)", "Docker - 1.5 yrs". One length per line, for every skill on it.
 */
const STATED_LENGTH =
  /(?:ex(?:p|pe)ri?ence|exp\.?)\s*[-:–—]\s*(\d{1,3}(?:\.\d)?)\s*(months?|years?|yrs?)\b|[(\-–—:]\s*(\d{1,2}(?:\.\d)?)\+?\s*(years?|yrs?)\b/i;

/** Years, to one decimal, that a skills line states; undefined when it states none (or two). */
export function statedYears(line: string): number | undefined {
  const m = STATED_LENGTH.exec(line);
  if (!m || STATED_LENGTH.exec(line.slice((m.index ?? 0) + m[0].length))) return undefined;
  const amount = Number(m[1] ?? m[3]);
  const unit = (m[2] ?? m[4] ?? '').toLowerCase();
  const years = unit.startsWith('month') ? amount / 12 : amount;
  return years > 0 && years <= 50 ? Math.round(years * 10) / 10 : undefined;
}

/** Level words after a spoken language, on the proficiency scale the profile uses (1-5). */
const LANGUAGE_LEVELS: [RegExp, number][] = [
  [/\b(?:native|mother[\s-]*tongue|bilingual|c2)\b/i, 5],
  [/\b(?:fluent|fluently|full professional|advanced|proficient|c1)\b/i, 4],
  [/\b(?:professional working|intermediate|conversational|working knowledge|b2|b1)\b/i, 3],
  [/\b(?:basic|elementary|beginner|limited|a2|a1)\b/i, 2],
];

/** "English (native)", "Spanish - fluent", "French: basic": the words up to the next item. */
function languageLevel(text: string, end: number): number | undefined {
  const after = /^[^,;|\n•·]*/.exec(text.slice(end, end + 40))?.[0] ?? '';
  return LANGUAGE_LEVELS.find(([words]) => words.test(after))?.[1];
}

const SKIPPED: ReadonlySet<SectionName> = new Set(['interests', 'references', 'personal', 'contact']);
const BASE: Partial<Record<SectionName, number>> = {
  skills: 0.9,
  languages: 0.9,
  certifications: 0.8,
  experience: 0.7,
  projects: 0.7,
  summary: 0.7,
};

/**
 * The issuers' spans in a Certifications section's joined text (offsets from `starts`), where the
 * certificate's own name states a skill: then the issuer is the vendor ("Primavera P6
 * Professional, Oracle"), while a certificate named for nothing else is about its issuer's product
 * ("Desktop Specialist — Tableau").
 */
function issuerSpans(section: Section, starts: number[]): [number, number][] {
  return section.lines.flatMap((line, i) => {
    const span = issuerSpan(line.text);
    if (!span || extractSkills(line.text.slice(0, span[0])).length === 0) return [];
    const start = starts[i] ?? 0;
    return [[start + span[0], start + span[1]] as [number, number]];
  });
}

export function collectSkills(sections: Section[]): Sourced<SkillValue>[] {
  const best = new Map<string, Sourced<SkillValue> & { order: number }>();
  let order = 0;
  for (const section of sections) {
    if (SKIPPED.has(section.name) || section.lines.length === 0) continue;
    const starts: number[] = [];
    let offset = 0;
    for (const l of section.lines) {
      starts.push(offset);
      offset += l.text.length + 1;
    }
    const text = section.lines.map((l) => l.text).join('\n');
    const listed = section.name === 'skills' || section.name === 'languages';
    const found = extractSkills(text, { listContext: listed, languageContext: section.name === 'languages' });
    const issuers = section.name === 'certifications' ? issuerSpans(section, starts) : [];
    for (const skill of found) {
      // Named only as a certificate's issuer: who issued it, not a skill it claims.
      if (skill.occurrences === 1 && issuers.some(([from, to]) => skill.firstIndex >= from && skill.firstIndex < to))
        continue;
      let confidence = (BASE[section.name] ?? 0.6) + Math.min(0.09, 0.03 * (skill.occurrences - 1));
      if (skill.ambiguous) confidence -= 0.1;
      if (skill.fuzzy) confidence -= 0.25;
      confidence = Math.round(Math.min(0.98, Math.max(0.3, confidence)) * 100) / 100;
      const index = starts.findLastIndex((s) => s <= skill.firstIndex);
      const line = section.lines[Math.max(0, index)] ?? { line: 0, text: '' };
      const previous = best.get(skill.key);
      if (previous && previous.confidence >= confidence) continue;
      const level =
        skill.category === 'language' ? languageLevel(text, skill.firstIndex + skill.matchedText.length) : undefined;
      const years = section.name === 'skills' ? statedYears(line.text) : undefined;
      best.set(skill.key, {
        value: { name: skill.name, category: skill.category, ...(level ? { level } : {}), ...(years ? { years } : {}) },
        confidence,
        source: { section: section.name, line: line.line, text: line.text },
        order: previous?.order ?? order++,
      });
    }
  }
  const known = [...best.values()]
    .sort((a, b) => b.confidence - a.confidence || a.order - b.order)
    .map(({ order: _order, ...skill }) => skill);
  return [...known, ...unknownListedSkills(sections, known)];
}

/** Below the review form's tick threshold (0.5): offered, for the seeker to opt in. */
const UNKNOWN_LISTED_CONFIDENCE = 0.45;
const ITEM_SPLIT = /[,;|•·●▪◦\t]+|\s+-\s+|\n/;
const NOT_A_SKILL =
  /\b(?:ex(?:p|pe)ri?ence|months?|years?|yrs?|details?|skills?|university|college|school|etc|others?|misc|native|fluent|basic|beginner|intermediate|advanced|expert|proficient|good|excellent|knowledge)\b/i;
/** A sentence fragment ("to real life solutions", "asking them questions"), not a skill's name. */
const FUNCTION_WORD = /(?:^|\s)(?:a|an|the|to|or|and|of|as|for|with|in|on|by|them|their|my|our)(?=\s|$)/i;

/**
 * What a Skills section lists that the taxonomy does not know ("Financial Modelling", "IFRS"):
 * the seeker wrote it down as a skill, so the review form offers it, unticked (it was not
 * recognised, so it is not claimed with any confidence). Items that name a known skill, even
 * with more words ("Excel (advanced)"), were read above; headings, sentences and the like
 * ("Experience - 24 months") are left out.
 */
function unknownListedSkills(sections: Section[], known: Sourced<SkillValue>[]): Sourced<SkillValue>[] {
  const seen = new Set(known.map((k) => squash(k.value.name)));
  const out: Sourced<SkillValue>[] = [];
  for (const section of sections) {
    if (section.name !== 'skills') continue;
    const lines = section.lines.map((line) => {
      const items = line.text
        .split(ITEM_SPLIT)
        .map((raw) => raw.replace(/^[\s*\-–—>»✓✔]+|[\s.:]+$/g, '').trim())
        .filter(Boolean);
      return { line, items, isKnown: items.map((item) => extractSkills(item, { listContext: true }).length > 0) };
    });
    // A list: a line of several items one of which the taxonomy knows, or the section's one-item
    // lines together ("• IFRS" per line) in a section that names a known skill somewhere. Prose,
    // places and schools that a flattened export put under Skills are not offered.
    const single = lines.filter((l) => l.items.length === 1);
    const singlesAreAList = single.length >= 2 && lines.some((l) => l.isKnown.some(Boolean));
    for (const { line, items, isKnown } of lines) {
      const isList = items.length >= 2 ? isKnown.some(Boolean) : singlesAreAList;
      if (!isList) continue;
      items.forEach((item, i) => {
        const words = item.split(/\s+/).length;
        if (isKnown[i] || item.length < 2 || item.length > 40 || words > 4 || !/\p{L}/u.test(item)) return;
        if (/[:()]/.test(item) || NOT_A_SKILL.test(item) || FUNCTION_WORD.test(item) || /\d{3,}/.test(item)) return;
        const key = squash(item);
        if (seen.has(key)) return;
        seen.add(key);
        out.push({
          value: { name: item, category: 'technical' },
          confidence: UNKNOWN_LISTED_CONFIDENCE,
          source: { section: section.name, line: line.line, text: line.text },
        });
      });
    }
  }
  return out;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}+#]/gu, '');
