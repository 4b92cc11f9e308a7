/**
 * Experience section lines -> positions. A position is a header (title / company / location, on one
 * or a few lines, or as "company - X" / "designation: Y" fields), a date range, and bullet points.
 * A new position starts at a second date range, a second company field, or a header-like line after
 * bullets.
 */
import { type Sourced } from '@/lib/validators/resume';
import { findDateRange, type DateRange } from './dates';
import { readHeader } from './entry-parts';
import { BULLET } from './normalize-text';
import { type SectionLine } from './sections';

export interface ExperienceValue {
  title: string;
  company: string;
  location: string | null;
  startDate: string | null;
  endDate: string | null;
  isCurrent: boolean;
  achievements: string[];
}

const FIELD =
  /^\s*(company|employer|organi[sz]ation|client|designation|title|role|position|job title|duration|period|location|place|description|responsibilities|roles? (?:&|and) responsibilities)\s*[:–—-]\s*(.*)$/i;

interface Block {
  first: SectionLine;
  header: string[];
  fields: Map<string, string>;
  range: DateRange | null;
  achievements: string[];
}

/** A line that stops mid-phrase: it goes on on the next line. */
const CONTINUES = /(?:\b(?:and|or|the|of|to|with|in|for|by|a|an|on|from|at|as|using|via)|[,&/-])$/i;

const newBlock = (first: SectionLine): Block => ({
  first,
  header: [],
  fields: new Map(),
  range: null,
  achievements: [],
});
/** A short line without a final full stop: a header rather than a sentence of description. */
const isHeaderLike = (text: string) => text.split(/\s+/).length <= 14 && !/[.;]$/.test(text.trim());

function fieldName(label: string): string {
  const l = label.toLowerCase();
  if (/company|employer|organi|client/.test(l)) return 'company';
  if (/designation|title|role$|position/.test(l)) return 'title';
  if (/duration|period/.test(l)) return 'duration';
  if (/location|place/.test(l)) return 'location';
  return 'description';
}

function blocksOf(lines: SectionLine[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const l of lines) {
    const text = l.text.trim();
    if (!text) continue;
    const bullet = BULLET.test(l.text);
    const field = bullet ? null : FIELD.exec(text);
    const range = bullet ? null : findDateRange(text);
    const name = field?.[1] ? fieldName(field[1]) : null;
    const startsNew =
      !current ||
      (range && current.range && !name) ||
      (name === 'company' && current.fields.has('company')) ||
      (!bullet && !field && !range && current.achievements.length > 0 && isHeaderLike(text) && current.range !== null);
    if (startsNew) blocks.push((current = newBlock(l)));
    if (!current) continue;
    if (name && field) {
      const value = field[2]?.trim() ?? '';
      if (name === 'description') {
        if (value) current.achievements.push(value);
      } else if (name === 'duration') current.range ??= findDateRange(value);
      else if (value) current.fields.set(name, value);
      continue;
    }
    if (bullet) {
      current.achievements.push(l.text.replace(BULLET, '').trim());
      continue;
    }
    // A bullet wrapped onto the next line (PDF line breaks): "… materialized views and" + "Redis."
    const previous = current.achievements.at(-1);
    if (previous !== undefined && !range && (/^\p{Ll}/u.test(text) || CONTINUES.test(previous))) {
      current.achievements[current.achievements.length - 1] = `${previous} ${text}`;
      continue;
    }
    if (range && !current.range) {
      current.range = range;
      const rest = (text.slice(0, range.index) + ' ' + text.slice(range.index + range.length)).replace(
        /^[\s:(–—-]*(?:duration|period)?[\s:]*|[\s,()–—|-]+$/gi,
        '',
      );
      if (rest.trim()) current.header.push(rest.trim());
      continue;
    }
    if (current.achievements.length === 0 && current.header.length < 3 && isHeaderLike(text)) current.header.push(text);
    else current.achievements.push(text);
  }
  return blocks;
}

/**
 * Confidence: 0.35 for a block that looks like a position at all, +0.2 for a title, +0.2 for a company,
 * +0.2 for parseable dates; fields written as "company - X" are explicit and get the full share.
 */
export function parseExperience(lines: SectionLine[], section = 'experience'): Sourced<ExperienceValue>[] {
  const out: Sourced<ExperienceValue>[] = [];
  for (const block of blocksOf(lines)) {
    const parts = readHeader(block.header);
    const title = block.fields.get('title') ?? parts.title;
    const company = block.fields.get('company') ?? parts.company;
    if (!title && !company && !block.range) continue;
    const confidence = 0.35 + (title ? 0.2 : 0) + (company ? 0.2 : 0) + (block.range?.start ? 0.2 : 0);
    out.push({
      value: {
        title: title ?? '',
        company: company ?? '',
        location: block.fields.get('location') ?? parts.location,
        startDate: block.range?.start ?? null,
        endDate: block.range?.end ?? null,
        isCurrent: block.range?.isCurrent ?? false,
        achievements: block.achievements.filter(Boolean),
      },
      confidence: Math.round(confidence * 100) / 100,
      source: { section, line: block.first.line, text: block.first.text },
    });
  }
  return out;
}
