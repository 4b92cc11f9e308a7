/**
 * What a generated resume does not show of the profile's roles and projects, and why: cut to fit
 * the chosen length (select-facts.ts LIMITS keeps the ones that say most of what the job asks
 * for), or left out by the writer. A seeker who added a project by hand and does not find it in
 * the resume is told which length would show it, instead of guessing.
 */
import type { DocumentContent } from '@/lib/validators/documents';
import type { DocumentLeftOut, DocumentLength } from '@/lib/validators/documents-api';
import type { SeekerProfile } from './profile-facts';
import { LIMITS, type SelectedFacts } from './select-facts';

const LONGER: Record<DocumentLength, DocumentLength | null> = {
  short: 'standard',
  standard: 'detailed',
  detailed: null,
};

function cutReason(kind: 'role' | 'project', length: DocumentLength): string {
  const key = kind === 'role' ? 'roles' : 'projects';
  const n = LIMITS[length][key];
  const noun = (count: number) => `${count} ${count === 1 ? kind : `${kind}s`}`;
  const shown =
    n === 1
      ? `the one shown says more of what the job asks for${kind === 'role' ? ', or is more recent' : ''}`
      : `the ones shown say more of what the job asks for${kind === 'role' ? ', or are more recent' : ''}`;
  const longer = LONGER[length];
  const next = longer ? ` The ${longer} length shows ${LIMITS[longer][key]}.` : '';
  return `A ${length} resume shows ${noun(n)}: ${shown}.${next}`;
}

const roleLabel = (r: { title: string | null; company: string | null }) =>
  [r.title, r.company].filter(Boolean).join(' at ') || 'A role with no title or employer';

export function leftOut(
  content: DocumentContent,
  profile: SeekerProfile['profile'],
  facts: SelectedFacts,
  length: DocumentLength,
): DocumentLeftOut[] {
  if (content.kind !== 'resume') return [];
  const shown = new Set(
    content.sections.flatMap((s) =>
      s.type === 'experience' || s.type === 'projects' ? s.items.map((i) => i.factId) : [],
    ),
  );
  const selected = new Set([...facts.experiences.map((e) => e.factId), ...facts.projects.map((p) => p.id)]);
  const why = (id: string, kind: 'role' | 'project') =>
    selected.has(id) ? 'The writer left it out.' : cutReason(kind, length);
  return [
    ...profile.experience
      .filter((r) => !shown.has(r.id))
      .map((r) => ({ kind: 'role' as const, label: roleLabel(r).slice(0, 300), reason: why(r.id, 'role') })),
    ...profile.projects
      .filter((p) => !shown.has(p.id))
      .map((p) => ({ kind: 'project' as const, label: p.name.slice(0, 300), reason: why(p.id, 'project') })),
  ];
}
