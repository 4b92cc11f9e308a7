/**
 * Profile-like query texts for the match benchmark, from O*NET (shipped with the project): for
 * occupations spread over the whole list, a reported job title as the headline, a few of its
 * task statements as experience, and its technology skills, shaped like matching's profileText
 * (headline, experience lines, a skills line). Deterministic: every run embeds the same texts.
 */
import { loadOnet } from '@/server/data/onet';

export function buildProfileTexts(count: number): string[] {
  const occupations = loadOnet().occupations.filter((o) => o.tasks.length >= 3);
  const step = occupations.length / count;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const o = occupations[Math.floor(i * step)];
    if (!o) continue;
    const title = o.reportedTitles[i % Math.max(1, o.reportedTitles.length)] ?? o.title;
    const tasks = o.tasks.slice(i % 3, (i % 3) + 4).map((t) => t.text);
    const skills = o.technologySkills.slice(0, 8).map((s) => s.name);
    out.push([title, ...tasks, skills.join(', ')].filter(Boolean).join('\n'));
  }
  return out;
}
