/**
 * Near-identical text, measured as the Jaccard similarity of word 3-shingles. Words are lower-cased
 * alphanumerics, so reformatting (HTML vs text, bullets, line breaks, punctuation) changes nothing,
 * while a different posting of the same employer shares only its boilerplate.
 * Candidate sets are small (one employer and title), so exact Jaccard is cheap; no MinHash needed.
 */
const SHINGLE = 3;

export function shingles(text: string): Set<string> {
  const ws = text
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out = new Set<string>();
  if (ws.length < SHINGLE) {
    if (ws.length) out.add(ws.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= ws.length; i++) out.add(ws.slice(i, i + SHINGLE).join(' '));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const s of small) if (large.has(s)) common++;
  return common / (a.size + b.size - common);
}
