/**
 * Cleans extracted resume text before parsing, line structure preserved: the draft's `source.line`
 * numbers refer to the lines of this normalized text.
 */
import { repairMojibake } from './repair-mojibake';

/**
 * Multi-word headings that PDF/CSV exports glue to the previous word ("MS OfficeEducation Details")
 * or to a list's last comma ("Tortoise SVN, Git,Education Details").
 */
const GLUED_HEADING =
  /(?<=[\p{L}\p{N}.),;])(?=(?:Education Details|Skill Details|Company Details|Work Experience|Professional Experience|Technical Skills|Key Skills|Personal Details)\b)/gu;
/**
 * The same exports' own "X Details" headings ending a long line after a space ("… IDE: Eclipse.
 * JOB DETAILS Education Details"): only at the end of the line, where prose does not put them.
 */
const LINE_END_HEADING = /(?<=\S)[ \t]+(?=(?:Education|Skill|Company) Details[ \t]*(?:\n|$))/g;
/**
 * An all-caps heading of a bulleted list inside such a flattened line, after a sentence's end ("…
 * Windows XP, 7, 8, 10. ACHIEVEMENT • A certificate from X. • Won Y. JOB DETAILS"): the heading
 * goes on a line of its own and each inline item on its own line, as the resume laid them out. Only
 * upper case and only before a bullet: "the ACHIEVEMENT program" in a sentence stays.
 */
const INLINE_LIST_HEADING =
  /(?<=[.;:])[ \t]+(ACHIEVEMENTS?|AWARDS?|ACCOMPLISHMENTS|CERTIFICATIONS?|CERTIFICATES)[ \t]+(?=•)/g;
/** The export's "JOB DETAILS" after such a list's last item: a heading of its own, not the item's end. */
const INLINE_JOB_DETAILS = /(?<=[.;])[ \t]+(?=JOB DETAILS\b)/g;
/** A bullet inside a line that starts with one: the next item of the same list. */
const INLINE_BULLET = /[ \t]+(?=•[ \t])/g;

/** The line as the lines it holds (itself, unless it runs such a list in). */
function splitInlineList(line: string): string[] {
  if (!line.includes('•') || line.search(INLINE_LIST_HEADING) < 0) return [line];
  return line
    .replace(INLINE_LIST_HEADING, '\n$1\n')
    .replace(INLINE_JOB_DETAILS, '\n')
    .split('\n')
    .flatMap((part) => (part.startsWith('•') ? part.split(INLINE_BULLET) : [part]));
}

/** Symbol-font bullets that survive extraction as private-use characters (U+F0B7, U+F0A7, U+F0D8, …). */
const PRIVATE_USE = /[\uE000-\uF8FF]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/**
 * Control characters that PDF text layers carry (font artefacts, page breaks): a form feed or a
 * vertical tab breaks the line, the others become spaces, so nothing the draft holds would be
 * refused when the user saves it (procedures refuse control characters). The Unicode line and
 * paragraph separators break the line too: inside a line they end `.` before the line does, and the
 * parser's field patterns (`…\s{2,}\s*(.+)$`) then backtracked through every split of a run of spaces.
 */
const LINE_BREAKING_CONTROLS = /[\u000B\u000C\u2028\u2029]/g;
const OTHER_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

export function normalizeResumeText(text: string): string {
  return (
    repairMojibake(text)
      .replace(/\r\n?/g, '\n')
      .replace(LINE_BREAKING_CONTROLS, '\n')
      .replace(OTHER_CONTROLS, ' ')
      .replace(ZERO_WIDTH, '')
      .replace(SPACES, ' ')
      .replace(PRIVATE_USE, '•')
      // A Wingdings arrow bullet decodes as "Ø" at the start of an item.
      .replace(/(^|\n)([ \t]*)Ø[ \t]+/g, '$1$2• ')
      .replace(/\t/g, '  ')
      // A run of spaces separates like two (columns, a table's cells); bounded, no pattern can be
      // made to retry a run of thousands (the field and trim patterns grew with its square).
      .replace(/ {4,}/g, '   ')
      .replace(GLUED_HEADING, '\n')
      .replace(LINE_END_HEADING, '\n')
      .split('\n')
      .flatMap(splitInlineList)
      .map((line) => line.trimEnd())
      .join('\n')
  );
}

/** Bullet glyphs and list markers at the start of a line. */
export const BULLET = /^[ \t]*(?:[•·▪●◦○■□◆◇♦❖➢➤►▶✓✔❑⇒→*–—-]|\d{1,2}[.)]|[a-z][.)])\s+/u;

/**
 * A list number glued to a value ("1.Infosys Limited", "8)POSITRON"): the list's, not the value's.
 * Only before a capital: "99.co" is a name.
 */
export const withoutListNumber = (text: string) => text.replace(/^\(?\d{1,2}[.)]\s*(?=\p{Lu})/u, '');
