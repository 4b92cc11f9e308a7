/**
 * The blocks of an experience section before they become roles: laid-out blocks anchored on
 * their date lines, or labelled blocks opened by their first field (experience.ts says how each
 * kind is written). A block keeps its header lines, fields, range and body as read.
 */
import { parseDuration, type DateRange } from './dates';
import { classify, isHeaderLike, words, type Row } from './experience-rows';
import { looksLikeTitle, readHeader, type HeaderParts } from './entry-parts';
import { titleInValue } from './role-guesses';
import { type SectionLine } from './sections';

export interface Block {
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
  /** Where each description / achievement entry starts, to point a role found inside it at its line. */
  descriptionSrc: SectionLine[];
  achievementSrc: SectionLine[];
  /** Body rows as classified, in order. */
  body: Row[];
  /** A project opened in the body ("Project Title: …", "Client: …"): later dates are the project's. */
  project: boolean;
  /** The block before ended inside a project and this one has no header of its own yet. */
  projectInherited: boolean;
  /** An ongoing project ("Duration: Feb 2017 - till date") says the role is current, not when it began. */
  current: boolean;
}

/** A line that opens a project or names a client inside a role: a label, not a sentence about projects. */
export const PROJECT_MARKER =
  /^(?:projects?(?:\s*#?\s*\d+|\s+(?:title|name|description|details|summary|profile|handled?|undertaken|duration))?|client|environment)\s*(?:[:#–—-]|$)/i;

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
  descriptionSrc: [],
  achievementSrc: [],
  body: [],
  project: false,
  projectInherited: false,
  current: false,
});

const inProject = (block: Block) => block.project || block.projectInherited;

const complete = (parts: string[]) => {
  const h = readHeader(parts);
  return !!h.title && !!h.company;
};

/** Prose and bullets under a role: bullets are achievements, prose before them the description. */
function addBody(block: Block, row: Row) {
  const text = row.text;
  block.body.push(row);
  if (PROJECT_MARKER.test(text.trim())) block.project = true;
  if (row.bullet) {
    block.achievements.push(text);
    block.achievementSrc.push(row.src);
    return;
  }
  const lastAchievement = block.achievements.at(-1);
  if (lastAchievement !== undefined) {
    // A bullet wrapped onto the next line (PDF line breaks): "… materialized views and" + "Redis."
    if (/^\p{Ll}/u.test(text) || CONTINUES.test(lastAchievement))
      block.achievements[block.achievements.length - 1] = `${lastAchievement} ${text}`;
    else {
      block.achievements.push(text);
      block.achievementSrc.push(row.src);
    }
    return;
  }
  const lastLine = block.description.at(-1);
  if (lastLine !== undefined && (/^\p{Ll}/u.test(text) || CONTINUES.test(lastLine)))
    block.description[block.description.length - 1] = `${lastLine} ${text}`;
  else {
    block.description.push(text);
    block.descriptionSrc.push(row.src);
  }
}

/** A label alone, ending in a colon ("Responsibility:", "Key Responsibilities:"). */
const LONE_LABEL = /^[\p{L}][\p{L} &/]{2,40}:$/u;

/**
 * A labelled field inside a block: fills what is still empty, else it is part of the text. A duration
 * after the role's text has started is the role's unless a project is open, or opens on the next line
 * ("Duration: Oct 2017 - Till Date" over "Project Description"): then it is the project's.
 */
function addField(block: Block, row: Row, guessedDates: boolean, projectNext = false) {
  const f = row.field;
  if (!f) return;
  if (f.name === 'description') {
    // "description - Duration: Jan 2017 to Till Date", "description - Designation: …": the role's dates or title.
    const [inner] = f.value ? classify([{ ...row.src, text: f.value }]) : [];
    if (inner?.field?.name === 'duration' || inner?.field?.name === 'title')
      addField(block, inner, guessedDates, projectNext);
    // "description - Responsibility:" names what follows; as text it only repeats the label.
    else if (f.value && !LONE_LABEL.test(f.value)) addBody(block, { ...row, text: f.value });
    return;
  }
  if (!guessedDates && (f.name === 'duration' || f.name === 'title')) block.projectInherited = false;
  if (f.name === 'duration') {
    if (!block.range && row.range && guessedDates && (inProject(block) || projectNext)) {
      if (row.range.isCurrent) block.current = true;
    } else if (!block.range && row.range) {
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
export function layoutBlocks(rows: Row[]): Block[] {
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
export function labelledBlocks(rows: Row[]): Block[] {
  const blocks: Block[] = [];
  const firstField = rows.findIndex((r) => r.field?.name === 'company' || r.field?.name === 'title');
  if (firstField > 0) blocks.push(...layoutBlocks(rows.slice(0, firstField)));
  let current: Block | null = null;
  const seen = new Set<string>();
  const opens = (row: Row | undefined, block: Block | null) => {
    const name = row?.field?.name;
    const opener = name === 'company' || name === 'title' ? name : null;
    return opener && (!block || (block.opener === opener && seen.has(opener))) ? opener : null;
  };
  /** A date line standing just before the next block's opening field: that block's dates. */
  let pending: DateRange | null = null;
  const section = rows.slice(Math.max(0, firstField));
  for (const [k, row] of section.entries()) {
    const f = row.field;
    const next = section[k + 1];
    const opener = opens(row, current);
    if (opener) {
      const before: Block | null = current;
      blocks.push((current = newBlock(row.src, opener)));
      // One block on only: a project's text split over two "company -" blocks, not every block after it.
      current.projectInherited = !!before?.project;
      if (pending) {
        current.range = pending;
        current.rangeGuessed = true;
        pending = null;
      }
      seen.clear();
    }
    if (!current) continue;
    const projectNext = !!next && PROJECT_MARKER.test((next.field?.value ?? next.text).trim());
    if (f) {
      seen.add(f.name);
      const bodyStarted = current.description.length + current.achievements.length > 0;
      addField(current, row, bodyStarted, projectNext);
      continue;
    }
    // After this block's text, a short date line right before the next opening field is that block's.
    const started = current.description.length + current.achievements.length > 0;
    if (started && row.range && !row.bullet && words(row.rest) <= 4 && opens(next, current)) {
      pending = row.range;
      continue;
    }
    // A plain date line before any text is the role's own: "Jan 2016 – Present".
    const bodyStarted = current.description.length + current.achievements.length > 0;
    if (!current.range && row.range && !row.bullet && !bodyStarted && words(row.rest) <= 12) {
      current.range = row.range;
      current.projectInherited = false;
      if (row.rest) current.header.push(row.rest);
      continue;
    }
    addBody(current, row);
  }
  return blocks;
}

/** A section written as labelled fields rather than laid out: it opens with one, or has them throughout. */
export function isLabelled(rows: Row[]): boolean {
  const opens = rows[0]?.field?.name;
  if (opens === 'company' || opens === 'title') return true;
  const companies = rows.filter((r) => r.field?.name === 'company').length;
  const dateLines = rows.filter((r) => !r.bullet && r.range && !r.field).length;
  return companies >= 2 && companies >= dateLines;
}
