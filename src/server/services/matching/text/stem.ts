/**
 * A light suffix stripper (plurals, -ing, -ed, final -e), enough to make "nurse", "nurses" and
 * "nursing" meet, or "engineering" and "engineer". Porter's full algorithm would conflate more
 * ("developer"/"develop"), which blurs occupations that differ exactly there.
 */
const VOWEL = /[aeiouy]/;

function undouble(word: string): string {
  const n = word.length;
  const last = word[n - 1] ?? '';
  return n > 3 && last === word[n - 2] && !'lsz'.includes(last) ? word.slice(0, -1) : word;
}

export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));

  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}
