/**
 * The preferred-places field as a list: one place a line (or separated by semicolons), commas kept
 * inside a place. Splitting at every comma saved "Austin, TX" as "Austin" and "TX", and "TX" as a
 * must-have let every job in Texas through. A "Remote" or "Anywhere" set off by a comma is still a
 * place of its own ("Austin, TX, Remote", as the field's hint used to suggest).
 */
const ANYWHERE = /^(?:remote|anywhere|worldwide)$/i;

export function splitPlaces(text: string): string[] {
  const places: string[] = [];
  for (const line of text.split(/[\n;]/)) {
    let current: string[] = [];
    const flush = () => {
      if (current.length) places.push(current.join(', '));
      current = [];
    };
    for (const part of line
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      if (ANYWHERE.test(part)) {
        flush();
        places.push(part);
      } else current.push(part);
    }
    flush();
  }
  const seen = new Set<string>();
  return places.filter((p) => {
    const key = p.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
