/**
 * Employment type from the source's hint ("Full-time", "FULL_TIME", "FullTime", "fulltime",
 * "CONTRACTOR", "Intern", "Werkstudent"), then the title ("Summer Intern", "(Contract)").
 * Nothing said means full-time.
 */
import type { JobType } from '@/lib/validators/enums';

function fromText(text: string): JobType | null {
  const t = text.toLowerCase();
  if (/intern|werkstudent|working student|trainee|apprentice|praktik|stagiaire/.test(t)) return 'internship';
  if (/contract|freelance|consultant|1099|self.?employed|per.?diem/.test(t)) return 'contract';
  if (/temp|seasonal|fixed.?term|befristet|casual/.test(t)) return 'temporary';
  if (/part.?time|teilzeit|minijob/.test(t)) return 'part-time';
  if (/full.?time|permanent|regular|vollzeit|salaried|cdi\b/.test(t)) return 'full-time';
  return null;
}

export function employmentType(hint: string | null, title: string): JobType {
  const fromHint = hint ? fromText(hint) : null;
  if (fromHint) return fromHint;
  // Titles name only the exceptions: "Marketing Intern", "Accountant (Contract)", "Part-Time Cashier".
  const t = title.toLowerCase();
  if (/\bintern(ship)?\b|\bwerkstudent|\btrainee\b|\bapprentice/.test(t)) return 'internship';
  if (/\bcontract(or)?\b|\bfreelance/.test(t)) return 'contract';
  if (/\bpart[- ]?time\b|\bteilzeit\b/.test(t)) return 'part-time';
  if (/\btemporary\b|\bseasonal\b|\btemp\b/.test(t)) return 'temporary';
  return 'full-time';
}
