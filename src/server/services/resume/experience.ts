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
import { parseDuration, type DateRange } from './dates';
import { classify, isHeaderLike, words, type Row } from './experience-rows';
import { looksLikeTitle, readHeader, sameName, type HeaderParts } from './entry-parts';
import { guessDatesFromDescription, guessTitleFromDescription, titleInValue } from './role-guesses';
import { type SectionLine } from './sections';

export type ExperienceValue = z.infer<typeof resumeExperienceValue>;
type Guess = ExperienceValue['guessed'][number];

interface Block {
  first: SectionLine;
  header: string[];
  fields: { company?: string; title?: string; location?: string };
  /** The field that opened a labelled block ("company"): the next one of its kind opens another. */
  opener: 'company' | 'title' | null;
  range: DateRange | null;
  rangeGuessed: boolean;
  durationMonths: number | null;
  description: string[];
  achievements: string[];
}

/** A line that stops mid-phrase: it goes on on the next line. */
const CONTINUES = /(?:\b(?:and|or|the|of|to|with|in|for|by|a|an|on|from|at|as|using|via)|[,&/-])$/i;

const newBlock = (first: SectionLine, opener: Block['opener'] = null): Block => ({
  first,
  header: [],
  fields: {},
  opener,
  range: null,
  rangeGuessed: false,
  durationMonths: null,
  description: [],
  achievements: [],
});

const complete = (parts: string[]) => {
  const h = readHeader(parts);
  return !!h.title && !!h.company;
};

/** Prose and bullets under a role: bullets are achievements, prose before them the description. */
function addBody(block: Block, row: Row) {
  const text = row.text;
  if (row.bullet) {
    block.achievements.push(text);
    return;
  }
  const lastAchievement = block.achievements.at(-1);
  if (lastAchievement !== undefined) {
    // A bullet wrapped onto the next line (PDF line breaks): "… materialized views and" + "Redis."
    if (/^\p{Ll}/u.test(text) || CONTINUES.test(lastAchievement))
      block.achievements[block.achievements.length - 1] = `${lastAchievement} ${text}`;
    else block.achievements.push(text);
    return;
  }
  const lastLine = block.description.at(-1);
  if (lastLine !== undefined && (/^\p{Ll}/u.test(text) || CONTINUES.test(lastLine)))
    block.description[block.description.length - 1] = `${lastLine} ${text}`;
  else block.description.push(text);
}

/** A labelled field inside a block: fills what is still empty, else it is part of the text. */
function addField(block: Block, row: Row, guessedDates: boolean) {
  const f = row.field;
  if (!f) return;
  if (f.name === 'description') {
    if (f.value) addBody(block, { ...row, text: f.value });
    return;
  }
  if (f.name === 'duration') {
    if (!block.range && row.range) {
      block.range = row.range;
      block.rangeGuessed = guessedDates;
    } else if (!block.range && block.durationMonths === null) block.durationMonths = parseDuration(f.value);
    return;
  }
  // A labelled title must read as one: "Role: Java Developer", not "Role: I was leading the team".
  const value = f.name === 'title' ? titleInValue(f.value) : f.value.replace(/[.\s]+$/, '');
  if (!value) {
    if (f.value) addBody(block, row);
    return;
  }
  if (block.fields[f.name] === undefined) block.fields[f.name] = value;
}

/** Laid-out sections: anchor on date lines, read the header around each, then the undated headers. */
function layoutBlocks(rows: Row[]): Block[] {
  const claimed = new Set<number>();
  const starts: { at: number; block: Block; bodyFrom: number }[] = [];
  let boundary = -1;
  rows.forEach((row, i) => {
    const isAnchor = !row.bullet && row.range && !row.field && words(row.rest) <= 12;
    if (!isAnchor) return;
    const parts = row.rest ? [row.rest] : [];
    const header = [i];
    for (let j = i - 1; j > boundary && j >= i - 3; j--) {
      const r = rows[j];
      if (!r || complete(parts) || r.bullet || r.range || r.field || claimed.has(j)) break;
      if (!isHeaderLike(r.text, header.length > 1 ? 8 : 12)) break;
      parts.unshift(r.text);
      header.unshift(j);
    }
    // Dates first, header after: "2019 – Present" / "Senior Engineer" / "Acme Corp".
    if (parts.length === 0) {
      for (let j = i + 1; j < rows.length && j <= i + 2; j++) {
        const r = rows[j];
        if (!r || complete(parts) || r.bullet || r.range || r.field || !isHeaderLike(r.text, 8)) break;
        parts.push(r.text);
        header.push(j);
      }
    }
    header.forEach((h) => claimed.add(h));
    const first = rows[header[0] ?? i];
    if (!first) return;
    const block = newBlock(first.src);
    block.header = parts;
    block.range = row.range;
    starts.push({ at: header[0] ?? i, block, bodyFrom: Math.max(...header) + 1 });
    boundary = Math.max(...header);
  });

  // Undated roles: a "Title — Company" line of its own after another role's text, or the lines that
  // open the section before any dated header.
  const firstStart = Math.min(...starts.map((s) => s.at), rows.length);
  rows.forEach((row, k) => {
    if (claimed.has(k) || row.bullet || row.range || row.field || !isHeaderLike(row.text)) return;
    const leading = k < firstStart && (k === 0 || claimed.has(k - 1) === false) && k < 3;
    const h: HeaderParts = readHeader([row.text]);
    const twoParts = !!h.title && !!h.company && looksLikeTitle(h.title) && h.guessed.length === 0;
    const after = rows[k + 1];
    const bodyFollows = !after || after.bullet || !!after.field || !isHeaderLike(after.text);
    // The opening line counts when it names a title or a company by its words, not a sentence of intro.
    const opensSection = leading && k === 0 && (h.title || h.company) && h.guessed.length === 0;
    if (!(twoParts && bodyFollows) && !opensSection) return;
    const parts = [row.text];
    const header = [k];
    // The section opening with "Acme Corp" / "Product Manager" (no dates anywhere): one header.
    for (let j = k + 1; leading && j < Math.min(firstStart, k + 3); j++) {
      const r = rows[j];
      if (!r || complete(parts) || r.bullet || r.range || r.field || !isHeaderLike(r.text, 8)) break;
      parts.push(r.text);
      header.push(j);
    }
    if (header.some((h2) => claimed.has(h2))) return;
    header.forEach((h2) => claimed.add(h2));
    const block = newBlock(row.src);
    block.header = parts;
    starts.push({ at: k, block, bodyFrom: Math.max(...header) + 1 });
  });

  starts.sort((a, b) => a.at - b.at);
  starts.forEach((s, n) => {
    const until = starts[n + 1]?.at ?? rows.length;
    for (let i = s.bodyFrom; i < until; i++) {
      const row = rows[i];
      if (!row || claimed.has(i)) continue;
      if (row.field) addField(s.block, row, false);
      else addBody(s.block, row);
    }
  });
  return starts.map((s) => s.block);
}

/** Labelled sections ("company - X", "description - …"): each opening field starts a position. */
function labelledBlocks(rows: Row[]): Block[] {
  const blocks: Block[] = [];
  const firstField = rows.findIndex((r) => r.field?.name === 'company' || r.field?.name === 'title');
  if (firstField > 0) blocks.push(...layoutBlocks(rows.slice(0, firstField)));
  let current: Block | null = null;
  const seen = new Set<string>();
  for (const row of rows.slice(Math.max(0, firstField))) {
    const f = row.field;
    const opener = f?.name === 'company' || f?.name === 'title' ? f.name : null;
    if (opener && (!current || (current.opener === opener && seen.has(opener)))) {
      blocks.push((current = newBlock(row.src, opener)));
      seen.clear();
    }
    if (!current) continue;
    if (f) {
      seen.add(f.name);
      const bodyStarted = current.description.length + current.achievements.length > 0;
      addField(current, row, bodyStarted);
      continue;
    }
    // A plain date line before any text is the role's own: "Jan 2016 – Present".
    const bodyStarted = current.description.length + current.achievements.length > 0;
    if (!current.range && row.range && !row.bullet && !bodyStarted && words(row.rest) <= 12) {
      current.range = row.range;
      if (row.rest) current.header.push(row.rest);
      continue;
    }
    addBody(current, row);
  }
  return blocks;
}

/** A section written as labelled fields rather than laid out: it opens with one, or has them throughout. */
function isLabelled(rows: Row[]): boolean {
  const opens = rows[0]?.field?.name;
  if (opens === 'company' || opens === 'title') return true;
  const companies = rows.filter((r) => r.field?.name === 'company').length;
  const dateLines = rows.filter((r) => !r.bullet && r.range && !r.field).length;
  return companies >= 2 && companies >= dateLines;
}

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

function toValue(block: Block): ExperienceValue | null {
  const parts = readHeader(block.header);
  const guessed = new Set<Guess>(parts.guessed.filter((g) => !block.fields[g]));
  let title = block.fields.title ?? parts.title ?? '';
  const company = block.fields.company ?? parts.company ?? '';
  let range = block.range;
  const description = block.description.join('\n').trim();
  if (!range && description) {
    const found = guessDatesFromDescription(block.description);
    if (found) {
      range = found.range;
      if (found.guessed) guessed.add('dates');
    }
  } else if (range && block.rangeGuessed) guessed.add('dates');
  if (!title && description) {
    const found = guessTitleFromDescription(block.description);
    if (found) {
      title = found;
      guessed.add('title');
    }
  }
  if (!title && !company && !range && !description) return null;
  const durationMonths = block.durationMonths;
  return {
    title,
    company,
    location: block.fields.location ?? parts.location,
    startDate: range?.start ?? null,
    startPrecision: range?.start ? range.startPrecision : 'unknown',
    endDate: range?.end ?? null,
    endPrecision: range?.end ? range.endPrecision : 'unknown',
    isCurrent: range?.isCurrent ?? false,
    durationMonths,
    description: description || null,
    achievements: block.achievements.filter(Boolean),
    guessed: [...guessed].sort(),
  };
}

/**
 * Job-board exports repeat "company - X" for each project at one employer. The same company again,
 * with no dates and no other title of its own, continues the role before it instead of starting one.
 */
function continues(previous: ExperienceValue | undefined, next: ExperienceValue): previous is ExperienceValue {
  if (!previous || next.startDate || !sameName(previous.company, next.company)) return false;
  return !next.title || !previous.title || next.guessed.includes('title') || sameName(previous.title, next.title);
}

function merge(into: ExperienceValue, next: ExperienceValue): ExperienceValue {
  const title = into.title || next.title;
  const guessed = new Set([...into.guessed, ...(into.title ? [] : next.guessed.filter((g) => g === 'title'))]);
  return {
    ...into,
    title,
    location: into.location ?? next.location,
    description: [into.description, next.description].filter(Boolean).join('\n') || null,
    achievements: [...into.achievements, ...next.achievements],
    guessed: [...guessed].sort(),
  };
}

export function parseExperience(lines: SectionLine[], section = 'experience'): Sourced<ExperienceValue>[] {
  const rows = classify(lines);
  const labelled = isLabelled(rows);
  const blocks = labelled ? labelledBlocks(rows) : layoutBlocks(rows);
  const out: Sourced<ExperienceValue>[] = [];
  for (const block of blocks) {
    const value = toValue(block);
    if (!value) continue;
    const previous = out.at(-1);
    if (labelled && previous && continues(previous.value, value)) {
      previous.value = merge(previous.value, value);
      previous.confidence = roleConfidence(previous.value);
      continue;
    }
    out.push({
      value,
      confidence: roleConfidence(value),
      source: { section, line: block.first.line, text: block.first.text },
    });
  }
  return out;
}
