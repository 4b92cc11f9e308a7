import Link from 'next/link';
import type { DocumentMetadata } from '@/lib/validators/documents-api';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "2 roles and 1 project". */
function leftOutSummary(items: NonNullable<DocumentMetadata['leftOut']>): string {
  const count = (kind: 'role' | 'project') => items.filter((i) => i.kind === kind).length;
  const parts = (['role', 'project'] as const)
    .filter((k) => count(k) > 0)
    .map((k) => `${count(k)} ${count(k) === 1 ? k : `${k}s`}`);
  return parts.join(' and ');
}

/**
 * The job's required skills the seeker has, as its match explanation counts them, that the
 * document shows, against an untailored document of the same kind ("without tailoring": a letter
 * names fewer skills than a resume's skills list, and "profile as is" read as a contradiction
 * between the two on a walk): counts
 * (a share read "100 %" for one skill), "—" when there are none (coverage of nothing is not 100 %),
 * and the share for versions stored before the count was kept.
 */
function Coverage({ quality: q }: { quality: DocumentMetadata['quality'] }) {
  const small = 'text-xs font-normal text-slate-500';
  // Nothing targeted: coverage is 0 when the job lists only skills the seeker lacks (compute-quality.ts);
  // 1 when it lists none, and on versions stored before that distinction, hence the neutral words.
  if (q.keywordsTargeted === 0) {
    const why = q.keywordCoverageAfter === 0 ? 'you have none of the required skills' : 'no skill of yours is required';
    return <>— <span className={small}>({why})</span></>;
  }
  if (q.keywordsTargeted === undefined)
    return (
      <>
        {pct(q.keywordCoverageAfter)} <span className={small}>(without tailoring: {pct(q.keywordCoverageBefore)})</span>
      </>
    );
  // Seen on a walk: "1 of 1" read as a perfect fit where the job asked for 8 skills.
  const asked = q.keywordsTargeted + (q.keywordsLacking?.length ?? 0);
  return (
    <>
      {q.keywordsUsed.length} of {q.keywordsTargeted}{' '}
      <span className={small}>
        (without tailoring: {Math.round(q.keywordCoverageBefore * q.keywordsTargeted)} of {q.keywordsTargeted}
        {asked > q.keywordsTargeted ? `; the job asks for ${asked}` : ''})
      </span>
    </>
  );
}

/** Skills the seeker holds (PostgreSQL counts as SQL for matching) that the document never names. */
function notShownNote(names: string[]): string {
  const it = names.length === 1 ? 'it' : 'them';
  return `Not named in this document: ${names.join(', ')}. A screener searching for ${it} will not find ${it}; add ${it} to your profile’s skills to have ${it} listed.`;
}

/** Roles shown with their dates only: a screener cannot tell what the seeker did, or where. */
function rolesIncompleteNote(incomplete: number, shown: number): string {
  const which = incomplete === shown ? (shown === 1 ? 'The role' : `All ${shown} roles`) : `${incomplete} of ${shown} roles`;
  return `${which} ${incomplete === 1 ? 'shows' : 'show'} no job title or no employer.`;
}

/** Keyword coverage before and after tailoring, length, reading level, what the checker removed and what did not fit. */
export function QualityCard({ metadata }: { metadata: DocumentMetadata }) {
  const q = metadata.quality;
  return (
    <section aria-labelledby="quality-heading" className="rounded-xl bg-white p-5 text-sm shadow-sm" data-testid="quality-card">
      <h2 id="quality-heading" className="font-semibold">
        Quality {Math.round(metadata.qualityScore)}/100
      </h2>
      {/* The list shows this score: the card says what it is made of (compute-quality.ts qualityScore). */}
      <p className="text-xs text-slate-500">
        Half for showing the required skills you have, the rest for the core sections, length and plain reading. It
        scores the document, not how well you fit the job: the job page shows that.
      </p>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2">
        <div>
          {/* Coverage counts only the job's skills the seeker has (compute-quality.ts): the label says so. */}
          <dt className="text-slate-500">Required skills you have, shown</dt>
          <dd className="font-medium">
            <Coverage quality={q} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Length</dt>
          <dd className="font-medium">
            {q.wordCount} words · {q.pages} {q.pages === 1 ? 'page' : 'pages'}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Reading level</dt>
          <dd className="font-medium">Grade {Math.round(q.readingGrade)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Written by</dt>
          <dd className="font-medium">{metadata.aiModel === 'offline' ? 'Built-in writer' : metadata.aiModel === 'edit' ? 'You' : metadata.aiModel}</dd>
        </div>
      </dl>
      {q.keywordsUsed.length > 0 && (
        <p className="mt-2 text-xs text-slate-600">Keywords used: {q.keywordsUsed.join(', ')}</p>
      )}
      {q.keywordsNotShown && q.keywordsNotShown.length > 0 && (
        <p className="mt-1 text-xs text-amber-800" data-testid="not-shown-skills">
          {notShownNote(q.keywordsNotShown)}
        </p>
      )}
      {q.keywordsLacking && q.keywordsLacking.length > 0 && (
        <p className="mt-1 text-xs text-slate-600" data-testid="lacking-skills">
          The job also asks for {q.keywordsLacking.join(', ')}, not in your profile: no document claims what you do not
          have.
        </p>
      )}
      {q.rolesIncomplete ? (
        <p className="mt-1 text-xs text-amber-800" data-testid="roles-incomplete">
          {rolesIncompleteNote(q.rolesIncomplete, q.rolesShown ?? q.rolesIncomplete)}{' '}
          <Link href="/profile#experience" className="underline">
            Add titles and employers on your profile
          </Link>
          , then make this document again.
        </p>
      ) : null}
      {metadata.fallbackReason && <p className="mt-2 text-xs text-amber-800">{metadata.fallbackReason}</p>}
      {metadata.removals.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer text-amber-900">
            {metadata.removals.length} {metadata.removals.length === 1 ? 'statement was' : 'statements were'} left out: not in your profile
          </summary>
          <ul className="mt-1 space-y-1 text-xs text-slate-600">
            {metadata.removals.map((r, i) => (
              <li key={i}>
                “{r.value}” — {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {metadata.leftOut && metadata.leftOut.length > 0 && (
        <details className="mt-3" data-testid="left-out">
          <summary className="cursor-pointer text-slate-700">
            Not shown: {leftOutSummary(metadata.leftOut)} of your profile
          </summary>
          <ul className="mt-1 space-y-1 text-xs text-slate-600">
            {metadata.leftOut.map((item, i) => (
              <li key={i}>
                “{item.label}” — {item.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
