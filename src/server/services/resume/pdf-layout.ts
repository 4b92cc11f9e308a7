/**
 * Positioned PDF text pieces -> lines in reading order. pdf.js hands out pieces in drawing order, and
 * joining them as given fails two common layouts: a right-aligned date ends up glued to the title with
 * one space, and a two-column page drawn row by row interleaves its columns line by line. So the
 * pieces are placed by position instead: a vertical gutter that no piece crosses splits the page into
 * columns (read left, then right), pieces on one baseline make a line, and a wide gap inside a line
 * becomes two spaces (the parser's column separator).
 */

export interface TextPiece {
  str: string;
  /** Left edge and baseline, in PDF user space (y grows upwards). */
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

/** A column needs at least this share of the page's pieces on each side of its gutter… */
const MIN_SIDE_SHARE = 0.2;
/**
 * …unless it is a clean sidebar: every piece starting at one x, at least this many lines, nothing
 * crossing the gutter. A narrow skills or contact column beside a long experience list holds far fewer
 * pieces than the main one, yet is plainly a column of its own.
 */
const SIDEBAR_MIN_ROWS = 5;
const SIDEBAR_MIN_SHARE = 0.05;
/**
 * Pieces allowed to cross the gutter (a name or rule spanning both columns). Any one-column page has
 * full-width lines crossing every candidate, which is what keeps tab stops and date columns from
 * being taken for a gutter.
 */
const MAX_CROSSING_SHARE = 0.05;
/**
 * A page's header (name, headline, contact line) spans both columns above where they start: that
 * many pieces above both columns do not count as crossing, so a long name does not merge the columns.
 */
const MAX_HEADER_PIECES = 3;

const end = (p: TextPiece) => p.x + p.width;

/** The x of a gutter that splits the pieces into two columns, or null for a one-column page. */
export function findGutter(pieces: TextPiece[], pageWidth: number): number | null {
  if (pieces.length < 10) return null;
  const starts = [...new Set(pieces.map((p) => Math.round(p.x)))].sort((a, b) => a - b);
  let best: { x: number; crossing: number; balance: number } | null = null;
  for (const x of starts) {
    if (x < pageWidth * 0.15 || x > pageWidth * 0.85) continue;
    const leftSide = pieces.filter((p) => end(p) <= x - 1);
    const rightSide = pieces.filter((p) => p.x >= x - 1);
    const left = leftSide.length;
    const right = rightSide.length;
    const crossers = pieces.filter((p) => end(p) > x - 1 && p.x < x - 1);
    const columnsTop = Math.min(Math.max(...leftSide.map((p) => p.y)), Math.max(...rightSide.map((p) => p.y)));
    const header = crossers.filter((p) => p.y > columnsTop + p.fontSize * 0.5);
    const crossing = crossers.length - (header.length <= MAX_HEADER_PIECES ? header.length : 0);
    if (crossing > Math.max(1, pieces.length * MAX_CROSSING_SHARE)) continue;
    // Each side must be a column of several lines, not a stray label.
    const rowsOf = (side: TextPiece[]) => new Set(side.map((p) => Math.round(p.y))).size;
    if (rowsOf(leftSide) < 3 || rowsOf(rightSide) < 3) continue;
    const sidebar = (side: TextPiece[]) => {
      const xs = side.map((p) => p.x);
      return (
        crossing === 0 &&
        side.length >= pieces.length * SIDEBAR_MIN_SHARE &&
        rowsOf(side) >= SIDEBAR_MIN_ROWS &&
        Math.max(...xs) - Math.min(...xs) <= 2
      );
    };
    const enough = (side: TextPiece[]) => side.length >= pieces.length * MIN_SIDE_SHARE || sidebar(side);
    if (!enough(leftSide) || !enough(rightSide)) continue;
    const balance = Math.abs(left - right);
    if (!best || crossing < best.crossing || (crossing === best.crossing && balance < best.balance))
      best = { x, crossing, balance };
  }
  return best?.x ?? null;
}

/** Pieces of one column -> its lines, top to bottom. */
export function linesOf(pieces: TextPiece[]): string[] {
  const sorted = pieces.filter((p) => p.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextPiece[][] = [];
  for (const piece of sorted) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (row && anchor && Math.abs(anchor.y - piece.y) <= Math.min(anchor.fontSize, piece.fontSize) * 0.5)
      row.push(piece);
    else rows.push([piece]);
  }
  return rows.map((row) => {
    let line = '';
    let lastEnd: number | null = null;
    for (const piece of row.sort((a, b) => a.x - b.x)) {
      if (lastEnd !== null) {
        const gap = piece.x - lastEnd;
        if (gap > piece.fontSize * 1.5) line = `${line.trimEnd()}  `;
        else if (gap > piece.fontSize * 0.15 && !/\s$/.test(line) && !/^\s/.test(piece.str)) line += ' ';
      }
      line += piece.str;
      lastEnd = Math.max(lastEnd ?? -Infinity, end(piece));
    }
    return line.replace(/[ \t]+$/, '');
  });
}

/** One page's pieces -> its text, column by column. */
export function pageText(pieces: TextPiece[], pageWidth: number): string {
  const visible = pieces.filter((p) => p.str.trim());
  const gutter = findGutter(visible, pageWidth);
  if (gutter === null) return linesOf(visible).join('\n');
  const left = visible.filter((p) => p.x < gutter - 1);
  const right = visible.filter((p) => p.x >= gutter - 1);
  return [...linesOf(left), ...linesOf(right)].join('\n');
}
