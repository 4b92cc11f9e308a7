/**
 * Posting HTML to clean text with html-to-text: scripts, styles and other non-content elements
 * never survive, paragraphs and list items become lines, nothing is wrapped (the page wraps), and
 * links and images keep only their text.
 */
import { compile } from 'html-to-text';

const toText = compile({
  wordwrap: false,
  preserveNewlines: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'template', format: 'skip' },
    { selector: 'iframe', format: 'skip' },
    { selector: 'svg', format: 'skip' },
    { selector: 'form', format: 'skip' },
    { selector: 'button', format: 'skip' },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    // Headings as written: html-to-text upper-cases them by default.
    ...(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const).map((h) => ({ selector: h, options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable' },
  ],
});

// Control characters other than tab and line breaks have no place in stored text (PostgreSQL refuses NUL).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function htmlToCleanText(html: string): string {
  // Plain text (CSV cells, most JSON-LD files) needs no HTML parse: the parse is the slow part.
  const text = /[<&]/.test(html) ? toText(html) : html;
  return (
    text
      .replace(CONTROL, '')
      .replace(/\u00A0/g, ' ')
      .split('\n')
      // Every kind of space, not only ' ' and tab: a run of U+2003 reached the required-years pattern
      // whole, and it grew with the run's square.
      .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
