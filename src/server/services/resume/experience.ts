/**
 * Experience section lines -> positions. Two ways resumes write them:
 * - laid out: a header (title / company / location on one to three lines) anchored by a date range on
 *   the same line or next to it, then bullets or prose. The date line is the anchor because it is the
 *   most recognisable part; the header lines are read around it, so a bullet that lost its glyph (DOCX
 *   lists, PDF exports) is never taken for the next role's company.
 * - labelled: "company - X" / "Designation: Y" / "Duration: Z" fields, each new company (or each new
 *   first field) opening a position.
 * A block that looks like a role at all is kept, even with no title or no dates ("" = not found).
 */
import { type z } from 'zod';
import { type resumeExperienceValue, type Sourced } from '@/lib/validators/resume';
import { findDateRange, type DateRange } from './dates';
import { classify, withoutRange, words } from './experience-rows';
import { isLabelled, labelledBlocks, layoutBlocks, PROJECT_MARKER, type Block } from './experience-blocks';
import { readHeader, sameName } from './entry-parts';
import { employmentStatements, type EmploymentStatement } from './employment-statements';
import {
  employerInFirstLine,
  guessDatesFromDescription,
  guessTitleFromDescription,
  headerLineInDescription,
} from './role-guesses';
import { type SectionLine } from './sections';

export type ExperienceValue = z.infer<typeof resumeExperienceValue>;
type Guess = ExperienceValue['guessed'][number];

/**
 * Confidence: 0.35 for a block that looks like a position at all, +0.2 each for a title, a company and
 * dates read where they belong, +0.05 for one that was inferred; any inference caps it at 0.6.
 */
export function roleConfidence(value: ExperienceValue): number {
  const guessed = new Set<Guess>(value.guessed);
  const share = (present: unknown, field: Guess) => (present ? (guessed.has(field) ? 0.05 : 0.2) : 0);
  let confidence =
    0.35 + share(value.title, 'title') + share(value.company, 'company') + share(value.startDate, 'dates');
  if (guessed.size > 0) confidence = Math.min(confidence, 0.6);
  return Math.round(confidence * 100) / 100;
}

/** A role of its own stated inside another's text: every field of it is read from prose, so all are guesses. */
function statedRole(s: EmploymentStatement): ExperienceValue {
  const guessed: Guess[] = ['company'];
  if (s.range) guessed.push('dates');
  if (s.title) guessed.push('title');
  const range = s.range;
  return {
    title: s.title ?? '',
    company: s.company ?? '',
    location: null,
    startDate: range?.start ?? null,
    startPrecision: range?.start ? range.startPrecision : 'unknown',
    endDate: range?.end ?? null,
    endPrecision: range?.end ? range.endPrecision : 'unknown',
    isCurrent: range?.isCurrent ?? false,
    durationMonths: s.durationMonths,
    description: null,
    achievements: [],
    guessed: guessed.sort(),
  };
}

interface BlockRoles {
  value: ExperienceValue | null;
  /** Other employments the block's text states, with the line each starts on. */
  stated: { value: ExperienceValue; src: SectionLine }[];
}

const DURATION_LABEL = /^(?:duration|period|tenure)\b/i;

/**
 * The role's dates from its body, where the text ties them to it: a line naming the role's company
 * ("Admitted to practice at District Courts since 18-Aug-2012"), a short date line under one ("Acme LLP," /
 * "Aug 2018-Present"), or a duration label before any project opens ("❖ DURATION.: From 1st jan 2018").
 */
function rangeInBody(block: Block, company: string): DateRange | null {
  const projectAt = block.body.findIndex((r) => PROJECT_MARKER.test(r.text.trim()));
  for (const [i, row] of block.body.entries()) {
    const range = row.range ?? findDateRange(row.text);
    if (!range) continue;
    const above = block.body[i - 1];
    const short = words(withoutRange(row.text, range)) <= 4;
    // A name of a few letters ("Na", "IT") is too common a word to tie a line to the role.
    if (
      company.replace(/\W/g, '').length >= 4 &&
      (sameName(row.text, company) || (short && above && sameName(above.text, company)))
    )
      return range;
    if (DURATION_LABEL.test(row.text) && (projectAt < 0 || i < projectAt)) return range;
  }
  return null;
}

function toValue(block: Block): BlockRoles {
  const parts = readHeader(block.header);
  const guessed = new Set<Guess>(parts.guessed.filter((g) => !block.fields[g]));
  let title = block.fields.title ?? parts.title ?? '';
  const field = block.fields.company ?? parts.company ?? '';
  const employer = block.fields.company ? employerInFirstLine(field, block.description[0]) : null;
  if (employer) guessed.add('company');
  const company = employer ?? field;
  let range = block.range;
  const description = block.description.join('\n').trim();
  // Employments the text states: the block's own (no employer, or its own) fill what it lacks; another
  // employer's is a role of its own, and its sentence says nothing about this block.
  const stated: BlockRoles['stated'] = [];
  const own: EmploymentStatement[] = [];
  const foreign = new Set<string>();
  const entries = [
    ...block.description.map((text, i) => ({ text, src: block.descriptionSrc[i] ?? block.first })),
    ...block.achievements.map((text, i) => ({ text, src: block.achievementSrc[i] ?? block.first })),
  ];
  for (const entry of entries) {
    for (const s of employmentStatements(entry.text)) {
      if (!s.company || !company || sameName(s.company, company)) own.push(s);
      else {
        foreign.add(entry.text);
        stated.push({ value: statedRole(s), src: entry.src });
      }
    }
  }
  const ownLines = block.description.map((l) => (foreign.has(l) ? '' : l));
  const firstLine = ownLines[0] ?? '';
  if (!range && description && !PROJECT_MARKER.test(firstLine.trim())) {
    const found = guessDatesFromDescription(ownLines);
    if (found) {
      range = found.range;
      if (found.guessed) guessed.add('dates');
    }
  } else if (range && block.rangeGuessed) guessed.add('dates');
  if (!range && description) {
    const header = headerLineInDescription(ownLines, PROJECT_MARKER);
    if (header) {
      range = header.range;
      guessed.add('dates');
      if (!title && header.title) {
        title = header.title;
        guessed.add('title');
      }
    }
  }
  if (!range) {
    range = rangeInBody(block, company) ?? own.find((s) => s.range)?.range ?? null;
    if (range) guessed.add('dates');
  }
  if (!title && description) {
    // The opening lines: a one-line description often continues as a numbered list the parser keeps as bullets.
    const opening = [...ownLines, ...block.achievements.map((l) => (foreign.has(l) ? '' : l))];
    const found = guessTitleFromDescription(opening);
    if (found) {
      title = found;
      guessed.add('title');
    }
  }
  const ownTitle = own.find((s) => s.title)?.title;
  if (!title && ownTitle) {
    title = ownTitle;
    guessed.add('title');
  }
  // A written end we could not keep (before the start): the dates are the user's to check.
  if (range?.endUnread) guessed.add('dates');
  if (!title && !company && !range && !description) return { value: null, stated };
  const durationMonths = block.durationMonths;
  return {
    value: {
      title,
      company,
      location: block.fields.location ?? parts.location,
      startDate: range?.start ?? null,
      startPrecision: range?.start ? range.startPrecision : 'unknown',
      endDate: range?.end ?? null,
      endPrecision: range?.end ? range.endPrecision : 'unknown',
      isCurrent: range ? range.isCurrent : block.current,
      durationMonths,
      description: description || null,
      achievements: block.achievements.filter(Boolean),
      guessed: [...guessed].sort(),
    },
    stated,
  };
}

/**
 * Job-board exports repeat "company - X" for each project at one employer. The same company again,
 * with no dates and no other title of its own, continues the role before it instead of starting one.
 */
function continues(previous: ExperienceValue | undefined, next: ExperienceValue): previous is ExperienceValue {
  if (!previous || !sameName(previous.company, next.company)) return false;
  // Dates on both sides tell two stints apart; dates on one side only are that role's.
  if (next.startDate && (previous.startDate || previous.endDate)) return false;
  return !next.title || !previous.title || next.guessed.includes('title') || sameName(previous.title, next.title);
}

function merge(into: ExperienceValue, next: ExperienceValue): ExperienceValue {
  const title = into.title || next.title;
  const datesFrom = into.startDate || !next.startDate ? into : next;
  const guessed = new Set([
    ...into.guessed.filter((g) => g !== 'dates' || datesFrom === into),
    ...(into.title ? [] : next.guessed.filter((g) => g === 'title')),
    ...(datesFrom === next ? next.guessed.filter((g) => g === 'dates') : []),
  ]);
  return {
    ...into,
    startDate: datesFrom.startDate,
    startPrecision: datesFrom.startPrecision,
    endDate: datesFrom.endDate,
    endPrecision: datesFrom.endPrecision,
    // An ongoing project in either block keeps an undated role current.
    isCurrent: datesFrom.isCurrent || (!datesFrom.endDate && (into.isCurrent || next.isCurrent)),
    title,
    location: into.location ?? next.location,
    description: [into.description, next.description].filter(Boolean).join('\n') || null,
    achievements: [...into.achievements, ...next.achievements],
    guessed: [...guessed].sort(),
  };
}

/** A title's words of four letters or more, lower-cased: what a promotion keeps. */
const titleWords = (title: string) => new Set(title.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
const sharesWord = (words: Set<string>, title: string) => [...titleWords(title)].some((w) => words.has(w));

export function parseExperience(lines: SectionLine[], section = 'experience'): Sourced<ExperienceValue>[] {
  const rows = classify(lines);
  const labelled = isLabelled(rows);
  const blocks = labelled ? labelledBlocks(rows) : layoutBlocks(rows);
  const out: Sourced<ExperienceValue>[] = [];
  const read = blocks.map(toValue);
  const companies = read.map((r) => r.value?.company ?? '').filter(Boolean);
  const fills: ExperienceValue[] = [];
  /**
   * An employer line heading a block ("Acme Corp, Boston, MA" above "Senior Analyst, 2020 – Present"):
   * the dated roles after it that name no employer are more roles there (promotions), until another
   * employer is named. Read from the layout, so a guess.
   */
  let employer: { company: string; location: string | null; titleWords: Set<string> } | null = null;
  read.forEach(({ value, stated }, i) => {
    const block = blocks[i];
    if (!block) return;
    if (value && !labelled) {
      const lead = block.header.length > 1 && block.header[0] ? readHeader([block.header[0]]) : null;
      if (lead?.company && !lead.title && value.company)
        employer = { company: value.company, location: value.location, titleWords: titleWords(value.title) };
      else if (value.company) employer = null;
      // A promotion keeps a word of the title ("Analyst" -> "Senior Analyst"); a role of another kind
      // after them ("Freelance Consultant") is not taken for one more there.
      else if (employer && value.title && value.startDate && sharesWord(employer.titleWords, value.title)) {
        value.company = employer.company;
        value.location ??= employer.location;
        value.guessed = [...new Set<Guess>([...value.guessed, 'company'])].sort();
      }
    }
    const previous = out.at(-1);
    if (value && labelled && previous && continues(previous.value, value)) {
      previous.value = merge(previous.value, value);
      previous.confidence = roleConfidence(previous.value);
    } else if (value)
      out.push({
        value,
        confidence: roleConfidence(value),
        source: { section, line: block.first.line, text: block.first.text },
      });
    // A stated employer that has a block of its own is that block, not another role.
    for (const role of stated) {
      if (companies.some((c) => sameName(c, role.value.company))) fills.push(role.value);
      else out.push({ value: role.value, confidence: roleConfidence(role.value), source: { section, ...role.src } });
    }
  });
  // …and what the sentence says fills what that block lacks, as a guess.
  for (const fill of fills) {
    const role = out.find((r) => !r.value.guessed.includes('company') && sameName(r.value.company, fill.company));
    if (!role) continue;
    const value = { ...role.value };
    const guessed = new Set(value.guessed);
    if (!value.startDate && !value.endDate && fill.startDate) {
      Object.assign(value, {
        startDate: fill.startDate,
        startPrecision: fill.startPrecision,
        endDate: fill.endDate,
        endPrecision: fill.endPrecision,
        isCurrent: fill.isCurrent,
      });
      guessed.add('dates');
    }
    if ((!value.title || guessed.has('title')) && fill.title) {
      value.title = fill.title;
      guessed.add('title');
    }
    role.value = { ...value, guessed: [...guessed].sort() };
    role.confidence = roleConfidence(role.value);
  }
  return out.map(withoutFutureStart);
}

/**
 * A start after today is a typo the profile refuses, and with it the whole import: unknown, for the
 * user to check. Cleared last, on every role however it was read (a header, a sentence, a filled
 * block), after the start has told stints and promotions apart.
 */
function withoutFutureStart(role: Sourced<ExperienceValue>): Sourced<ExperienceValue> {
  const v = role.value;
  if (!v.startDate || v.startDate <= new Date().toISOString().slice(0, 10)) return role;
  const value: ExperienceValue = {
    ...v,
    startDate: null,
    startPrecision: 'unknown',
    guessed: [...new Set<Guess>([...v.guessed, 'dates'])].sort(),
  };
  return { ...role, value, confidence: roleConfidence(value) };
}
