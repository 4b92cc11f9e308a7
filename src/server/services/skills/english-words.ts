/**
 * A data-driven answer to "is this alias an ordinary English word?". O*NET's task statements and
 * occupation descriptions are ~20k sentences of plain English about work; a word they use in lower
 * case at least twice ("access", "project", "teams", "windows", "spark") is ambiguous as a product
 * name, while "python", "kafka" or "tableau" never appear there. Cheaper and more relevant to resumes
 * than shipping a dictionary.
 */
import { type OnetData } from '@/server/data/onet';

const WORD = /[A-Za-z][a-z]+/g;
const MIN_COUNT = 2;

export function proseWords(onet: OnetData): Set<string> {
  const counts = new Map<string, number>();
  for (const occupation of onet.occupations) {
    const texts = [occupation.description, ...occupation.tasks.map((t) => t.text)];
    for (const text of texts) {
      for (const m of text.matchAll(WORD)) {
        const word = m[0];
        // Only lower-case occurrences count: "Excel" in a task is the product, "excel at" is the verb.
        if (word !== word.toLowerCase()) continue;
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  const words = new Set<string>();
  for (const [word, count] of counts) if (count >= MIN_COUNT) words.add(word);
  return words;
}
