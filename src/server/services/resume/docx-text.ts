/**
 * Mammoth's HTML for a Word document -> plain text, one paragraph per line. The HTML (rather than
 * mammoth's raw text) keeps what the raw text loses: list items come back with a "• " so bullets
 * stay bullets, and table cells on one row stay on one line, separated like columns.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const decode = (s: string) =>
  s.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

const stripTags = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A table row whose cells are one paragraph each ("Acme Corp | Engineer | 2019 – 2021") becomes one
 * line; a row of long cells (a two-column layout built from a table) is read cell after cell.
 */
function flattenTables(html: string): string {
  return html
    .replace(/<tr[^>]*>([\s\S]*?)<\/tr>/gi, (_row, inner: string) => {
      const cells = [...inner.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((m) => m[1] ?? '');
      const simple = cells.every((c) => (c.match(/<(?:p|li|h[1-6])\b/gi) ?? []).length <= 1);
      if (simple) return `<p>${cells.map(stripTags).filter(Boolean).join('  ')}</p>`;
      return cells.join('');
    })
    .replace(/<\/?(?:table|tbody|thead)[^>]*>/gi, '');
}

export function docxHtmlToText(html: string): string {
  const lines: string[] = [];
  const olCounters: number[] = [];
  const listStack: ('ul' | 'ol')[] = [];
  let line = '';
  const flush = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const token of flattenTables(html).split(/(<[^>]+>)/)) {
    if (!token) continue;
    if (!token.startsWith('<')) {
      line += decode(token);
      continue;
    }
    const tag = /^<\/?\s*([a-z0-9]+)/i.exec(token)?.[1]?.toLowerCase() ?? '';
    const closing = token.startsWith('</');
    if (tag === 'ul' || tag === 'ol') {
      flush();
      if (closing) {
        listStack.pop();
        if (tag === 'ol') olCounters.pop();
      } else {
        listStack.push(tag);
        if (tag === 'ol') olCounters.push(0);
      }
    } else if (tag === 'li' && !closing) {
      flush();
      if (listStack.at(-1) === 'ol') {
        const n = (olCounters.pop() ?? 0) + 1;
        olCounters.push(n);
        line = `${n}. `;
      } else line = '• ';
    } else if (tag === 'li' || /^(?:p|h[1-6]|div|br)$/.test(tag)) flush();
  }
  flush();
  return lines.join('\n');
}
