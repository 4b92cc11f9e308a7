/**
 * Resume text -> ResumeDraft, deterministically (no network, no model). Every extracted value carries
 * a confidence and its source line so the review screen can show where it came from. Text with no
 * recognisable resume content is an error ('no_resume_content'), never a draft of placeholders.
 */
import { resumeDraft, type ResumeDraft, type ResumeFormat, type Sourced } from '@/lib/validators/resume';
import { parseCertifications } from './certifications';
import { looksLikeContact, parseContact, type ContactDraft } from './contact';
import { parseEducation } from './education';
import { looksLikeTitle } from './entry-parts';
import { parseExperience, type ExperienceValue } from './experience';
import { parseProjects } from './projects';
import { normalizeResumeText } from './normalize-text';
import { repairMojibake } from './repair-mojibake';
import { assertResumeContent } from './resume-content';
import { resumeError } from './resume-errors';
import { designationLine, titlesFromMentions } from './role-mentions';
import { collectSkills } from './resume-skills';
import { leftOutSections } from './left-out';
import { splitSections, type Section } from './sections';

export interface ParseResumeOptions {
  format?: ResumeFormat;
}

const SUMMARY_MAX_CHARS = 1_500;

/**
 * The title beside the name on its line ("Jane Doe | Data Scientist") or on a line under it
 * ("Senior Data Engineer"): 0.7.
 */
function headlineFromHeader(sections: Section[], contact: ContactDraft): Sourced<string> | null {
  const header = sections.find((s) => s.name === 'header')?.lines.filter((l) => l.text.trim()) ?? [];
  const nameAt = contact.fullName ? header.findIndex((l) => l.line === contact.fullName?.source.line) : -1;
  const nameLine = header[nameAt];
  const beside = nameLine
    ? nameLine.text
        .split(/\s*[|•·]\s*/)
        .slice(1)
        .map((text) => ({ text, l: nameLine }))
    : [];
  const candidates = [...beside, ...header.slice(nameAt + 1, nameAt + 4).map((l) => ({ text: l.text, l }))];
  for (const { text: raw, l } of candidates) {
    const text = raw.trim();
    if (looksLikeContact(text) || text.split(/\s+/).length > 10 || /[.;,]/.test(text.replace(/\b\w\.\s?/g, '')))
      continue;
    if (looksLikeTitle(text))
      return { value: text, confidence: 0.7, source: { section: 'header', line: l.line, text: l.text } };
  }
  return null;
}

/** Praise before the title in a summary's opening ("Results-driven", "Highly motivated"). */
const LEADING_PRAISE =
  /^(?:(?:a|an|highly|very|dedicated|passionate|seasoned|experienced|motivated|dynamic|accomplished|enthusiastic|skilled|creative|driven|hard[- ]working|proactive|versatile|innovative|diligent|energetic|ambitious|\p{L}+[- ](?:driven|oriented|motivated|focused|starter)),?\s+)+/iu;

/** An objective's lead-in before the role it aims at: "To work as a data analyst in …". */
const OBJECTIVE_LEAD =
  /^(?:to\s+(?:work|serve|grow|start my career|begin my career|build a career)\s+as|to\s+(?:obtain|secure|get|find)\s+(?:a|an)\s+(?:position|role|job)\s+as|seeking\s+(?:a|an)\s+(?:position|role|job)\s+as|seeking)\s+(?:(?:a|an)\s+)?/i;

/** The summary's opening phrase when it names a role: "Data analyst with five years of …" -> "Data analyst". */
function headlineFromSummary(summary: Sourced<string> | null): Sourced<string> | null {
  const opening = summary?.value
    .replace(OBJECTIVE_LEAD, '')
    .split(
      /\s+(?:with|who|having|experienced in|skilled in|specializing in|specialising in|focused on|seeking|looking)\b|[,.;:(]|\s[–—-]\s/i,
    )[0];
  const words = (opening?.replace(LEADING_PRAISE, '').trim() ?? '').split(/\s+/).slice(0, 6);
  // Up to the last title word ("Financial analyst covering …" -> "Financial analyst"), keeping an
  // "of X" after it ("Head of Sales").
  const last = words.findLastIndex((w) => looksLikeTitle(w));
  if (!summary || last < 0 || /^i$/i.test(words[0] ?? '')) return null;
  const tail = /^(?:of|for)$/i.test(words[last + 1] ?? '') && /^\p{Lu}/u.test(words[last + 2] ?? '') ? 2 : 0;
  const phrase = words.slice(0, last + 1 + tail).join(' ');
  const value = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  return { value, confidence: 0.5, source: summary.source };
}

/** The latest role's title, when nothing else names one: a low-confidence stand-in. */
function headlineFromRoles(roles: Sourced<ExperienceValue>[]): Sourced<string> | null {
  const latest = [...roles]
    .filter((r) => r.value.title)
    .sort(
      (a, b) =>
        Number(b.value.isCurrent) - Number(a.value.isCurrent) ||
        (b.value.startDate ?? '').localeCompare(a.value.startDate ?? ''),
    )[0];
  if (!latest) return null;
  const confidence = latest.value.guessed.includes('title') ? 0.3 : 0.4;
  return { value: latest.value.title, confidence, source: latest.source };
}

/** The Summary/Profile/Objective section's text: 0.85, the heading says what it is. */
function findSummary(sections: Section[]): Sourced<string> | null {
  const section = sections.find((s) => s.name === 'summary');
  const lines = section?.lines.filter((l) => l.text.trim()) ?? [];
  const first = lines[0];
  if (!first) return null;
  const value = lines
    .map((l) => l.text.trim())
    .join(' ')
    .slice(0, SUMMARY_MAX_CHARS);
  return { value, confidence: 0.85, source: { section: 'summary', line: first.line, text: first.text } };
}

function warningsFor(draft: Omit<ResumeDraft, 'warnings' | 'stats' | 'leftOut'>, repaired: boolean): string[] {
  const warnings: string[] = [];
  if (repaired)
    warnings.push(
      'Some characters were garbled (a text-encoding problem) and have been repaired: check names and symbols.',
    );
  if (!draft.contact.fullName)
    warnings.push(
      'We could not find your name in the resume: your profile and documents keep the name on your account.',
    );
  if (!draft.contact.email) warnings.push('No email address found.');
  if (draft.experience.length === 0) warnings.push('No work experience was recognised: add your positions by hand.');
  const undated = draft.experience.filter((e) => !e.value.startDate).length;
  if (undated > 0) warnings.push(`${undated} position${undated === 1 ? ' has' : 's have'} no recognisable dates.`);
  const incomplete = draft.experience.filter((e) => !e.value.title || !e.value.company).length;
  if (incomplete > 0)
    warnings.push(`${incomplete} position${incomplete === 1 ? ' is' : 's are'} missing a job title or company.`);
  const guessed = draft.experience.filter((e) => e.value.guessed.length > 0).length;
  if (guessed > 0)
    warnings.push(
      `${guessed} position${guessed === 1 ? ' has' : 's have'} a title, company or dates we inferred rather than read: check them.`,
    );
  if (draft.skills.length === 0) warnings.push('No skills were recognised.');
  return warnings;
}

/**
 * An achievement that is a certificate ("• Java Developer Certificate from X", "• AWS
 * Certification"): resumes list them under Achievements as often as under Certifications, and the
 * profile keeps only the latter. Only a short name ending in the word, or followed by its issuer:
 * "Certificate of Excellence …" is an award, and "Preparing for the … Certified … exam" or
 * "Completed the internal certification of …" are sentences, one of them about a certificate not
 * yet held.
 */
const CERTIFICATE_NAME =
  /^(?:[•*-]\s*)?\p{Lu}[^.;:]{0,80}?\bcertif(?:icates?|ications?)(?:\s+(?:from|by|issued by)\s+[^.;:]{2,60})?\.?$/iu;
const namesCertificate = (line: { text: string }) => CERTIFICATE_NAME.test(line.text.trim());

export function parseResume(text: string, options: ParseResumeOptions = {}): ResumeDraft {
  assertResumeContent(text);
  const normalized = normalizeResumeText(text);
  const sections = splitSections(normalized.split('\n'));
  const contact = parseContact(sections);
  const of = (name: Section['name']) => sections.filter((s) => s.name === name);
  const summary = findSummary(sections);
  const headerHeadline = headlineFromHeader(sections, contact);
  const experience = titlesFromMentions(
    of('experience').flatMap((s) => parseExperience(s.lines)),
    sections,
    headerHeadline?.value ?? null,
  );
  const core = {
    contact,
    headline:
      headerHeadline ?? headlineFromSummary(summary) ?? designationLine(sections) ?? headlineFromRoles(experience),
    summary,
    skills: collectSkills(sections),
    experience,
    education: of('education').flatMap((s) => parseEducation(s.lines)),
    projects: of('projects').flatMap((s) => parseProjects(s.lines)),
    certifications: [
      ...of('certifications').flatMap((s) => parseCertifications(s.lines)),
      ...of('awards').flatMap((s) => parseCertifications(s.lines.filter(namesCertificate), 'awards')),
    ],
  };
  // An award read as a certificate has its place; the rest of the section is listed as left out.
  const certified = new Set(core.certifications.map((c) => c.source.line));
  const leftOut = leftOutSections(sections, certified);
  const sectionsFound = [...new Set(sections.filter((s) => s.heading !== null).map((s) => s.name))];
  const recognised =
    sectionsFound.length > 0 || core.skills.length > 0 || contact.email || contact.phone || core.experience.length > 0;
  if (!recognised) {
    throw resumeError(
      'no_resume_content',
      'This does not look like a resume: no sections, contact details, skills or positions were found.',
      { characters: text.length },
    );
  }
  return resumeDraft.parse({
    ...core,
    leftOut,
    warnings: warningsFor(core, repairMojibake(text) !== text),
    stats: { characters: normalized.length, sectionsFound, format: options.format ?? 'paste' },
  });
}
