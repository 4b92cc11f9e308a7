/**
 * The pay a posting states in its text when the source gave no salary field ("Salary: $60,000 -
 * $80,000", "Pay rate: $28 - 30 per hour"). Only an amount right after a pay word counts: money
 * elsewhere in a description is revenue, funding, a budget or a benefit, never the wage. What is
 * found goes through the same parser as a salary field (parse-salary.ts), and a figure no job pays
 * (under 10,000 or over 1,000,000 USD a year) is dropped rather than guessed at.
 */
import { parseSalary, type ParsedSalary } from './parse-salary';

// No word boundary after the cue: scraped pages glue lines ("AnalystSalary Range: $61,609").
const CUE =
  /(?:salary|compensation|\bpay\s+(?:range|rate|band|scale)|\bbase\s+pay|\brate\s+of\s+pay|\bpay\s*:|\bwages?\b|hourly\s+rate|hiring\s+range)/gi;
/** How far after the cue the amount may start: "Salary range for this position is $…". */
const WINDOW = 50;
const MONEY =
  /(?:\b[A-Z]{3}\s?)?(?:[A-Z]{1,2})?[$€£₹]\s?\d[\d,.]*\s?[kK]?(?:\s*(?:-|–|—|to|and)\s*(?:[A-Z]{3}\s?)?[$€£₹]?\s?\d[\d,.]*\s?[kK]?)?/;
const PERIOD =
  /^\s*(?:(?:\/\s*|per\s+|an?\s+)(?:hour|hr|year|yr|annum|month|mo|week|wk|day)\b|(?:hourly|annually|yearly|monthly|weekly|daily)\b|p\.?a\.?(?=\W|$))/i;
const MIN_ANNUAL_USD = 10_000;
const MAX_ANNUAL_USD = 1_000_000;

export function salaryInDescription(text: string): ParsedSalary | null {
  for (const cue of text.matchAll(CUE)) {
    const from = cue.index + cue[0].length;
    const after = text.slice(from, from + WINDOW + 60);
    // The amount must be in the cue's own line and sentence.
    const line = after.split(/\n|\.\s/)[0] ?? '';
    const money = MONEY.exec(line);
    if (!money || money.index > WINDOW) continue;
    const end = money.index + money[0].length;
    const period = PERIOD.exec(line.slice(end))?.[0] ?? '';
    const parsed = parseSalary(line.slice(0, end) + period);
    if (parsed && parsed.annualUsd >= MIN_ANNUAL_USD && parsed.annualUsd <= MAX_ANNUAL_USD) return parsed;
  }
  return null;
}
