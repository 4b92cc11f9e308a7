/**
 * Projects section lines -> projects. A project opens at a short header line ("Route Planner — a
 * Go service for …", "tidy-csv | github.com/x/tidy-csv | 2021") or a labelled name ("Project name: X",
 * "Title : X"); bullets under it are highlights, prose its description.
 */
import { type z } from 'zod';
import { type resumeProjectValue, type Sourced } from '@/lib/validators/resume';
import { findDateRange, findDate } from './dates';
import { classify, isHeaderLike, withoutRange, type Row } from './experience-rows';
import { withoutListNumber } from './normalize-text';
import { type SectionLine } from './sections';

export type ProjectValue = z.infer<typeof resumeProjectValue>;

const URL = /\b(?:https?:\/\/|www\.)\S+|\b(?:github\.com|gitlab\.com|bitbucket\.org)\/\S+/i;
// A list number may come first: "#1 Title: Ledger Sync", "2. Project Title: Shift Board".
const NAME_FIELD =
  /^\s*(?:#\s?\d{1,2}\s+|\d{1,2}[.)]\s*)?(?:project(?:\s*(?:name|title|\d+))?|title)\s*(?:[:–—-]+|\t|\s{2,})\s*(.+)$/i;
/** "Name — what it is", "Name: what it is", "Name | url | dates". */
const NAME_SPLIT = /\s+[–—-]\s+|\s*[|•]\s*|:\s+|\s{2,}/;
const LABEL_PREFIX =
  /^(?:open[- ]source|personal|academic|side|client|college|final year|mini|major)(?:\s+project)?\s*:\s*/i;

/** A labelled detail of the project above: its platform, the seeker's role, the team, the stack. */
const PROJECT_DETAIL =
  /^\s*(?:(?:my\s+)?role|designation|duration|period|team(?:\s+size)?|technolog(?:y|ies)(?:\s+used)?|environment|platform|tools?(?:\s+used)?|client|module|architecture|description|responsibilit(?:y|ies)|roles?\s+(?:&|and)\s+responsibilit(?:y|ies)|software|hardware|languages?|database|front[- ]?end|back[- ]?end|domain|tech(?:nical)?\s+stack|stack|project\s+(?:description|details|summary|overview|profile|scope))(?:\s*:|\s+[–—-]\s|\s*[–—]|\s*\t|\s{2,}|\s*$)/i;

interface Draft {
  first: SectionLine;
  value: ProjectValue;
  confidence: number;
}

function openProject(row: Row, text: string, labelled: boolean): Draft {
  let rest = text;
  let startDate: string | null = null;
  let endDate: string | null = null;
  const range = findDateRange(rest);
  if (range) {
    startDate = range.start;
    endDate = range.end;
    rest = withoutRange(rest, range);
  } else {
    const single = findDate(rest);
    if (single && /[(|,–—-]\s*$/.test(rest.slice(0, single.index))) {
      endDate = single.date;
      rest = `${rest.slice(0, single.index)} ${rest.slice(single.index + single.length)}`.trim();
    }
  }
  const url = URL.exec(rest)?.[0]?.replace(/[),.;]+$/, '') ?? null;
  if (url) rest = rest.replace(url, ' ');
  rest = withoutListNumber(rest).replace(LABEL_PREFIX, '');
  rest = trimTail(rest);
  const [name = '', ...more] = rest.split(NAME_SPLIT);
  // A paragraph is no name ("Project Profile:" then prose): its subject names it, as a guess, and
  // the paragraph stays whole as the description. A long title, labelled or not, stays as written.
  const prose = isProse(name, labelled);
  const description = (prose ? rest : more.join(' ')).replace(/\s+/g, ' ').trim();
  return {
    first: row.src,
    value: {
      name: prose ? subjectOf(rest) : name.replace(/[\s:.,]+$/, '').trim(),
      description: description || null,
      url,
      startDate,
      endDate,
      highlights: [],
      nameGuessed: prose,
    },
    // A labelled name is explicit; a header line is read by its shape; a paragraph's subject is a guess.
    confidence: prose ? 0.45 : labelled ? 0.8 : 0.65,
  };
}

/** Longer than a name may be (the profile takes 200 characters). */
const NAME_MAX = 200;
/** A sentence, not a title: a second sentence, or a verb a title does not have. */
const SENTENCE = /[.!?]\s+\p{Lu}|\s(?:is|are|was|were|has|have|had|I|we|my|our)\s/u;
/** Most words in lower case: running text, where a title capitalises its words. */
function mostlyLowerCase(words: string[]): boolean {
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower / words.length > 0.5;
}
function isProse(text: string, labelled: boolean): boolean {
  if (text.length > NAME_MAX) return true;
  const words = text.trim().split(/\s+/);
  return !labelled && words.length > 12 && (SENTENCE.test(text) || mostlyLowerCase(words));
}

/** "Sun Trust Bank is a US based …" -> "Sun Trust Bank"; never a pronoun or "The project". */
const SUBJECT = /^(.{3,80}?)\s+(?:is|are|was|were|has|had)\s/;
const GENERIC_SUBJECT = /^(?:the|this|that|these|those|it|we|i|our|my|he|she|they)\b/i;
/** What names a project read from a paragraph: its subject, else its opening words (at most 80 characters). */
function subjectOf(text: string): string {
  const subject = SUBJECT.exec(text)?.[1]?.replace(/[\s,;:]+$/, '');
  if (subject && subject.split(/\s+/).length <= 10 && !GENERIC_SUBJECT.test(subject)) return subject;
  let opening = '';
  for (const word of text.split(/\s+/).slice(0, 8)) {
    if (opening.length + word.length + 1 > 80) break;
    opening = opening ? `${opening} ${word}` : word;
  }
  // A run with no spaces (a PDF's lost ones) is cut at 80 characters.
  return `${(opening || text.slice(0, 80)).replace(/[\s,;:.]+$/, '')}…`;
}

export function parseProjects(lines: SectionLine[], section = 'projects'): Sourced<ProjectValue>[] {
  const out: Draft[] = [];
  let current: Draft | null = null;
  for (const row of classify(lines)) {
    // A line with no letter ("2", "- 3 -") is a page number the document's text kept, not a project.
    if (!row.bullet && !/\p{L}/u.test(row.text)) continue;
    // A numbered list item may name a project ("2. Project Title: …"); a glyph bullet never does.
    const numbered = row.bullet && /^\s*\d{1,2}[.)]/.test(row.src.text);
    const named = row.bullet && !numbered ? null : NAME_FIELD.exec(row.text);
    const hasBody = !!current && (current.value.highlights.length > 0 || !!current.value.description);
    // A name before a separator may be lower case ("pgqueue | a job queue"); a bare line must look like a header.
    const [namePart = '', ...described] = row.text.split(NAME_SPLIT);
    const nameLike = isHeaderLike(namePart, 8) || (described.length > 0 && namePart.split(/\s+/).length <= 4);
    // "Role: …", "Team Size: 6", "Description:" under a project are its text, never a new project.
    const header = !row.bullet && nameLike && (!current || hasBody) && !(current && PROJECT_DETAIL.test(row.text));
    if (named?.[1] || header || (!current && !row.bullet)) {
      out.push((current = openProject(row, named?.[1] ?? row.text, !!named)));
      continue;
    }
    if (!current) continue;
    const url = URL.exec(row.text)?.[0];
    if (url && !current.value.url && row.text.trim() === url) {
      current.value.url = url;
      continue;
    }
    if (row.bullet) current.value.highlights.push(row.text);
    else if (current.value.highlights.length > 0 && /^\p{Ll}/u.test(row.text)) {
      const last = current.value.highlights.length - 1;
      current.value.highlights[last] = `${current.value.highlights[last] ?? ''} ${row.text}`;
    } else current.value.description = [current.value.description, row.text].filter(Boolean).join(' ');
  }
  return out
    .filter((p) => p.value.name)
    .map((p) => ({
      value: p.value,
      confidence: p.confidence,
      source: { section, line: p.first.line, text: p.first.text },
    }));
}

const count = (text: string, c: string) => text.split(c).length - 1;

/**
 * What a cut-out date leaves at the end ("Ledger (" of "Ledger (2019)", a dangling " -"); a closing
 * bracket that closes one in the name stays: "Around Town (CMS)" had lost its ")".
 */
function trimTail(text: string): string {
  let out = text.replace(/[\s|,(–—-]+$/, '');
  while (out.endsWith(')') && count(out, ')') > count(out, '(')) out = out.slice(0, -1).replace(/[\s|,(–—-]+$/, '');
  return out.trim();
}
