/**
 * A field's path as a person reads it: "content.sections.0.paragraphs.1.text" is "Section 1,
 * paragraph 2". Error messages name the field they are about; a form that has no input for that
 * exact path (the document editor's paragraphs) shows the message alone, so the name must read.
 */

/** Container words a path passes through that name nothing the user sees. */
const SILENT = new Set(['content', 'text', 'value', 'input']);

const singular = (word: string) =>
  word.endsWith('ies')
    ? `${word.slice(0, -3)}y`
    : word.endsWith('s') && !word.endsWith('ss')
      ? word.slice(0, -1)
      : word;
const words = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

export function humanPath(path: readonly (string | number)[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    const next = path[i + 1];
    if (/^\d+$/.test(key)) {
      parts.push(`item ${Number(key) + 1}`);
    } else if (next !== undefined && /^\d+$/.test(String(next))) {
      parts.push(`${singular(words(key))} ${Number(next) + 1}`);
      i++;
    } else if (!SILENT.has(key) || path.length === 1) {
      parts.push(words(key));
    }
  }
  const text = parts.join(', ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'This field';
}
