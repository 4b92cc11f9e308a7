/**
 * Checks free text (a summary paragraph, a bullet, a letter paragraph) against the facts it
 * cites: every number must occur in those facts, every skill must be one the seeker has, and a
 * name introduced by "at", "for", "with", "joined", "from" or "as" must occur somewhere in the
 * profile. The job's own title and company are masked first: naming the job is not a claim.
 * Sentences that fail are dropped, each reported with its reason.
 */
import type { DocumentRemoval } from '@/lib/validators/documents-api';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import type { FactIndex } from './profile-facts';
import { listOf, numbersIn, sentences } from './words';
import { skillsInText } from './skills-in-text';
import { escapeRegExp as escape } from '@/lib/regexp-escape';

export interface TextContext {
  index: FactIndex;
  /** Names the document may use that are not the seeker's facts: the job's title and company. */
  jobNames: string[];
}

const MONTHS =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)$/i;
// Case-sensitive on purpose: only a capitalized word after the preposition starts a name.
const NAME_AFTER =
  /\b(?:[Aa]t|[Ff]or|[Ww]ith|[Jj]oined|[Ff]rom|[Aa]s)\s+(?:(?:a|an|the)\s+)?([A-Z][\w&'’.+#-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’.+#-]*){0,5})/g;

/** "my SQL" is read as MySQL by the taxonomy: a mention that contains a skill of the seeker's word for word traces. */
function namesOwnSkill(mention: string, ctx: TextContext): boolean {
  return ctx.index.seeker.profile.skills.some((k) => new RegExp(`(^|\\W)${escape(k.name)}($|\\W)`, 'i').test(mention));
}

/** A word without its inflection ("mentoring" -> "mentor", "reviews" -> "review"), for a loose comparison. */
function stem(word: string): string {
  const w = word.toLowerCase();
  const cut = /(?:ing|ed|es|s)$/.exec(w);
  return cut && w.length - cut[0].length >= 4 ? w.slice(0, -cut[0].length) : w;
}

/**
 * The profile says the skill somewhere, inflected or not: "mentoring" traces to a role's "Mentored
 * four analysts", "full-stack" to the headline. Only inflections count ("Java" is not "JavaScript").
 */
function profileSays(mention: string, ctx: TextContext): boolean {
  // Word for word, never inside a longer word: "R" is not in "React", nor "Java" in "JavaScript".
  const words = mention.toLowerCase().split(/[^\p{L}\p{N}+#]+/u).filter(Boolean);
  if (words.length === 0) return false;
  const pattern = words.map((w) => `${escape(stem(w))}(?:e|ed|es|er|ers|ing|s|d)?`).join('[\\s-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u').test(ctx.index.corpus);
}

function mask(text: string, names: string[]): string {
  let out = text;
  for (const n of names) if (n.trim()) out = out.replace(new RegExp(escape(n.trim()), 'gi'), ' ');
  return out;
}

/**
 * Why one sentence does not trace to its facts (every claim that does not, so that one edit can
 * fix them all), or null when it does.
 */
function sentenceProblem(sentence: string, factIds: string[], ctx: TextContext): { value: string; reason: string } | null {
  const cited = factIds.map((id) => ctx.index.byId.get(id)).filter((f) => f !== undefined);
  const masked = mask(sentence, [...ctx.jobNames, ctx.index.seeker.person.name]);
  const citedNumbers = new Set(cited.flatMap((f) => [...f.numbers]));
  const numbers = new Set(numbersIn(masked).filter((n) => !citedNumbers.has(n)));
  // A skill traces when the seeker has it, or when the profile says it in so many words, anywhere
  // (skill extraction depends on context, so the words are compared, not the extracted keys). Only
  // the cited facts once counted: a summary's "mentoring" was dropped beside a role's "Mentored".
  const skills = new Set<string>();
  for (const s of skillsInText(masked)) {
    if (!ctx.index.skillIds.has(s.key) && !profileSays(s.matchedText, ctx) && !namesOwnSkill(s.matchedText, ctx)) {
      skills.add(s.matchedText);
    }
  }
  const names = new Set<string>();
  for (const m of masked.matchAll(NAME_AFTER)) {
    const name = (m[1] ?? '').replace(/[.,;:]+$/, '').replace(/\s+I$/, '');
    // A capitalized word after a preposition only matters when it is a name, not "I" or a month.
    if (name.length < 2 || MONTHS.test(name)) continue;
    // "SQL and Tableau", "Initech, Globex": each part may trace on its own (a name or a skill).
    const parts = [name, ...name.split(/\s+(?:and|&)\s+|,\s*/)];
    const traces = (part: string) =>
      ctx.index.corpus.includes(part.toLowerCase()) || ctx.index.skillIds.has(canonicalizeSkill(part).key);
    // A name already reported as a skill is said once.
    if (!traces(name) && !parts.slice(1).every(traces) && !skills.has(name)) names.add(name);
  }
  const quoted = (xs: Set<string>) => listOf([...xs].map((x) => `"${x}"`));
  const reasons = [
    numbers.size === 1 && `The number ${[...numbers][0]} is not in the profile facts this text cites.`,
    numbers.size > 1 && `The numbers ${listOf([...numbers])} are not in the profile facts this text cites.`,
    skills.size === 1 && `${quoted(skills)} is not one of your skills.`,
    skills.size > 1 && `${quoted(skills)} are not among your skills.`,
    names.size === 1 && `${quoted(names)} does not appear in your profile.`,
    names.size > 1 && `${quoted(names)} do not appear in your profile.`,
  ].filter((r): r is string => typeof r === 'string');
  return reasons.length ? { value: sentence, reason: reasons.join(' ') } : null;
}

/**
 * The text with untraceable sentences removed (null when nothing is left), the fact ids that
 * exist, and what was removed. Unknown fact ids are dropped and reported.
 */
export function checkFactText(
  text: string,
  factIds: string[],
  path: string,
  ctx: TextContext,
): { text: string | null; factIds: string[]; removals: DocumentRemoval[] } {
  const removals: DocumentRemoval[] = [];
  const known = factIds.filter((id) => {
    if (ctx.index.byId.has(id)) return true;
    removals.push({ path: `${path}.factIds`, value: id.slice(0, 2000), reason: 'Cites a fact that is not in your profile.' });
    return false;
  });
  const kept: string[] = [];
  for (const s of sentences(text)) {
    const problem = sentenceProblem(s, known, ctx);
    if (problem) removals.push({ path, value: problem.value.slice(0, 2000), reason: problem.reason });
    else kept.push(s);
  }
  return { text: kept.length ? kept.join(' ') : null, factIds: [...new Set(known)], removals };
}
