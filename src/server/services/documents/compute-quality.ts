/**
 * Quality metrics of one version. Keyword coverage counts only the job's required skills the
 * seeker really has: "before" is what an untailored resume of the profile shows (the profile's
 * own text plus its top skills in the profile's order, as many as the document lists), "after"
 * is what the document shows. A skill the seeker lacks never raises either figure.
 *
 * "Required" and "has" are matching's: the skills the job lists, held directly or through a
 * skill that implies them (PostgreSQL → SQL). The job page's "You have 2 of the 6 required
 * skills" and the card's "2 of 2" then speak of the same two skills (the card had counted a
 * third that the posting only named in a duty line).
 */
import type { DocumentContent, DocumentQuality, DocumentTemplate, SectionType } from '@/lib/validators/documents';
import { heldSkills } from '@/server/services/matching/scoring/skill-sets';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import { documentSectionsText, runningText } from './document-text';
import { pdfPageCount } from './export/render-pdf';
import type { JobRequirements } from './extract-requirements';
import type { SeekerProfile } from './profile-facts';
import { readingGrade } from './words';
import { skillsInText } from './skills-in-text';

/**
 * Skills a text names, by key. Only by name: a resume showing PostgreSQL holds SQL for matching,
 * but a screener searching it for "SQL" finds nothing (the card had counted SQL as shown).
 */
function skillKeysIn(text: string, listed: string[]): Set<string> {
  const keys = new Set(skillsInText(text).map((s) => s.key));
  for (const name of listed) keys.add(canonicalizeSkill(name).key);
  return keys;
}

function profileText(seeker: SeekerProfile): string {
  const { person, profile } = seeker;
  return [
    person.headline,
    person.summary,
    ...profile.experience.flatMap((e) => [e.title, e.description, ...e.achievements]),
    ...profile.projects.flatMap((p) => [p.name, p.description, ...p.highlights]),
  ]
    .filter(Boolean)
    .join('\n');
}

function listedSkills(content: DocumentContent): string[] {
  if (content.kind !== 'resume') return [];
  return content.sections.flatMap((s) => (s.type === 'skills' ? s.items.map((i) => i.name) : []));
}

/**
 * The version's quality; its length is the page count of the PDF its template draws (a
 * words-per-page estimate had said "1 page" of a resume whose PDF ran to 2).
 */
export async function computeQuality(
  content: DocumentContent,
  template: DocumentTemplate,
  seeker: SeekerProfile,
  req: JobRequirements,
): Promise<DocumentQuality> {
  const held = heldSkills({ skills: seeker.profile.skills });
  const target = req.listedSkills.filter((s) => held.has(s.key));
  const docListed = listedSkills(content);
  const sectionsText = documentSectionsText(content);
  const allText = sectionsText.map((s) => s.text).join('\n');
  const after = skillKeysIn(allText, docListed);
  const untailoredList = seeker.profile.skills.slice(0, Math.max(docListed.length, 1)).map((s) => s.name);
  const before = skillKeysIn(profileText(seeker), content.kind === 'resume' ? untailoredList : []);
  // Nothing to cover: neutral when the job lists no skills, none when it lists only skills the
  // seeker lacks (a resume for such a job was read as "quality 100/100").
  const share = (found: Set<string>) =>
    target.length ? target.filter((s) => found.has(s.key)).length / target.length : req.listedSkills.length ? 0 : 1;

  const wordCount = (allText.match(/\S+/g) ?? []).length;
  const pages = wordCount === 0 ? 0 : await pdfPageCount(content, template);
  const sectionsPresent: SectionType[] =
    content.kind === 'resume' ? content.sections.map((s) => s.type) : [];
  return {
    keywordCoverageBefore: round(share(before)),
    keywordCoverageAfter: round(share(after)),
    keywordsTargeted: target.length,
    keywordsUsed: target.filter((s) => after.has(s.key)).map((s) => s.name),
    keywordsNotShown: target.filter((s) => !after.has(s.key)).map((s) => s.name),
    keywordsLacking: req.listedSkills.filter((s) => !held.has(s.key)).map((s) => s.name),
    sectionsPresent,
    wordCount,
    pages,
    readingGrade: readingGrade(runningText(content)),
    ...roleCompleteness(content),
  };
}

/** The resume's roles, and those a screener cannot place: no title, or no employer. */
export function roleCompleteness(content: DocumentContent): { rolesShown: number; rolesIncomplete: number } {
  const roles =
    content.kind === 'resume' ? content.sections.flatMap((s) => (s.type === 'experience' ? s.items : [])) : [];
  return {
    rolesShown: roles.length,
    rolesIncomplete: roles.filter((r) => !r.title?.trim() || !r.company?.trim()).length,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** 0-100: coverage weighs most, then having the core sections, a sensible length and plain reading. */
export function qualityScore(q: DocumentQuality, kind: DocumentContent['kind']): number {
  const core: SectionType[] = ['summary', 'experience', 'skills', 'education'];
  // Roles without a title or an employer count as that much of the experience section missing.
  const placed = q.rolesShown ? 1 - (q.rolesIncomplete ?? 0) / q.rolesShown : 1;
  const present = (s: SectionType) => (q.sectionsPresent.includes(s) ? (s === 'experience' ? placed : 1) : 0);
  const sections = kind === 'resume' ? core.reduce((sum, s) => sum + present(s), 0) / core.length : 1;
  const lengthFit =
    kind === 'resume' ? (q.pages >= 1 && q.pages <= 2 ? 1 : 0.5) : q.wordCount >= 120 && q.wordCount <= 450 ? 1 : 0.6;
  const reading = q.readingGrade <= 14 ? 1 : Math.max(0, 1 - (q.readingGrade - 14) / 10);
  return Math.round(50 * q.keywordCoverageAfter + 20 * sections + 15 * lengthFit + 15 * reading);
}
