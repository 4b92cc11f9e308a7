/**
 * Years of experience a posting asks for: "3+ years", "5-7 years of experience", "at least two
 * years' experience", "minimum 4 years". The lower end of a range counts; of several mentions,
 * the largest (a posting asking "2+ years of SQL, 5+ years in analytics" wants 5). None: 0.
 */
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const NUMBER = `(\\d{1,2}(?:\\.5)?|${Object.keys(WORDS).join('|')})`;
const YEARS = new RegExp(
  `${NUMBER}\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to)\\s*${NUMBER}\\s*\\+?\\s*)?(?:years?|yrs?)\\b(?:['’]s?)?(?=[^.\\n]{0,60}\\b(?:experience|exp\\b|background|work(?:ing)?\\b|in\\b|of\\b|with\\b|as\\b))`,
  'gi',
);

const value = (text: string) => WORDS[text.toLowerCase()] ?? Number(text);

export function requiredYears(text: string): number {
  let most = 0;
  for (const match of text.matchAll(YEARS)) {
    const low = value(match[1] ?? '');
    // "401k" and "24 years old" are not experience; more than 30 years is a company's age.
    if (Number.isFinite(low) && low > 0 && low <= 30) most = Math.max(most, low);
  }
  return most;
}
