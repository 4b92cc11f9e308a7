/**
 * Titles the rest of the resume gives for a role: a "Web Designer - Trust Systems" line under the
 * name or after the education, or "currently working as IT Analyst in Tata Consultancy Services" in
 * the summary. A mention fills one untitled role whose company it names; a one-role resume without a
 * title takes its designation line ("DevOps Engineer" on a line of its own). Both are marked guessed:
 * the title is read, but which role it belongs to is inferred.
 */
import { type Sourced } from '@/lib/validators/resume';
import { looksLikeContact } from './contact';
import { isTitlePhrase, sameName } from './entry-parts';
import { roleConfidence, type ExperienceValue } from './experience';
import { titleInValue } from './role-guesses';
import { DEFAULT_INFERENCE, scoreOccupations } from '@/server/services/matching/occupations/infer-occupations';
import { type Section } from './sections';

/** Sections where a resume restates its current role; the experience section is read on its own. */
const RESTATING = new Set(['header', 'summary', 'education', 'personal']);

interface Mention {
  title: string;
  company: string | null;
  line: string;
}

/** Sections whose lines describe other things (projects, the roles themselves). */
const ELSEWHERE = new Set(['experience', 'projects']);

function mentionsIn(sections: Section[]): Mention[] {
  const out: Mention[] = [];
  for (const section of sections) {
    if (ELSEWHERE.has(section.name)) continue;
    const restating = RESTATING.has(section.name);
    for (const { text } of section.lines) {
      const line = text.trim();
      if (!line || /\d{4}/.test(line)) continue;
      // "Title - Company" names its role wherever it stands (a lost heading can put it under Skills).
      const pair = /^(.+?)\s+(?:[-–—|@]|at)\s+(.+)$/.exec(line);
      if (pair?.[1] && pair[2] && isTitlePhrase(pair[1])) {
        out.push({ title: pair[1].trim(), company: pair[2].trim(), line });
        continue;
      }
      if (!restating) continue;
      if (isTitlePhrase(line) && line.split(/\s+/).length <= 5) {
        out.push({ title: line, company: null, line });
        continue;
      }
      const said = titleInValue(line);
      if (said && said !== line) out.push({ title: said, company: null, line });
    }
  }
  return out;
}

function withTitle(role: Sourced<ExperienceValue>, title: string): Sourced<ExperienceValue> {
  const guessed = [...new Set([...role.value.guessed, 'title' as const])].sort();
  const value = { ...role.value, title, guessed };
  return { ...role, value, confidence: roleConfidence(value) };
}

export function titlesFromMentions(
  roles: Sourced<ExperienceValue>[],
  sections: Section[],
  headline: string | null,
): Sourced<ExperienceValue>[] {
  const mentions = mentionsIn(sections);
  const used = new Set<Mention>();
  const out = roles.map((role) => {
    // A title read from the role's own header stays; one guessed from its description gives way to
    // a line that names the role and its company together.
    const guessedTitle = role.value.guessed.includes('title');
    if ((role.value.title && !guessedTitle) || !role.value.company) return role;
    const named = mentions.find(
      (m) =>
        !used.has(m) &&
        (m.company
          ? sameName(m.company, role.value.company)
          : !role.value.title && sameName(m.line, role.value.company) && m.line !== m.title),
    );
    if (!named) return role;
    used.add(named);
    return withTitle(role, named.title);
  });
  const [only] = out;
  if (out.length !== 1 || !only || only.value.title) return out;
  // One role, no title: the resume's own designation line names it.
  const designation = headline ?? mentions.filter((m) => !m.company && m.line === m.title).at(-1)?.title;
  return designation ? [withTitle(only, designation)] : out;
}

/** The last line that is nothing but a title ("Operations Manager"): the resume's designation. */
export function designationLine(sections: Section[]): Sourced<string> | null {
  for (const section of [...sections].reverse()) {
    if (!RESTATING.has(section.name) || section.name === 'summary') continue;
    const line = [...section.lines]
      .reverse()
      .find(
        (l) =>
          !/\d/.test(l.text) &&
          !looksLikeContact(l.text) &&
          isTitlePhrase(l.text) &&
          l.text.trim().split(/\s+/).length <= 5,
      );
    if (line)
      return {
        value: line.text.trim(),
        confidence: 0.5,
        source: { section: section.name, line: line.line, text: line.text },
      };
  }
  return standaloneFieldLine(sections);
}

/** Titles only: how well a short line reads as an O*NET occupation title (alternate titles included). */
const TITLES_ONLY = { ...DEFAULT_INFERENCE, weights: { title: 1, text: 0, skills: 0 } };
const READS_AS_OCCUPATION = 0.55;

/**
 * A short line set apart by a blank line at the end of a section, just before the next heading
 * ("HR", "Data Science"): many resumes state the seeker's field that way, between the education and
 * the skills. Only taken when it reads as an occupation title, and only as a guess (0.4).
 */
function standaloneFieldLine(sections: Section[]): Sourced<string> | null {
  for (const section of sections) {
    if (ELSEWHERE.has(section.name)) continue;
    const lines = section.lines;
    let last = lines.length - 1;
    while (last >= 0 && !lines[last]?.text.trim()) last--;
    const candidate = lines[last];
    const setApart = lines.length - 1 > last || (last > 0 && !lines[last - 1]?.text.trim());
    if (!candidate || !setApart) continue;
    const text = candidate.text.trim();
    if (/[\d.,:;!?]$|\d/.test(text) || text.split(/\s+/).length > 4 || looksLikeContact(text)) continue;
    const [best] = scoreOccupations({ title: text }, 1, TITLES_ONLY);
    if (isTitlePhrase(text) || (best && best[1] >= READS_AS_OCCUPATION))
      return {
        value: text,
        confidence: 0.4,
        source: { section: section.name, line: candidate.line, text: candidate.text },
      };
  }
  return null;
}
