import Link from 'next/link';
import { APPLICATION_STATUS_LABEL } from '@/lib/validators/application-status';
import type { MatchesForMeOutput } from '@/lib/validators/matching';

type Application = NonNullable<MatchesForMeOutput['items'][number]['application']>;

/** On a match the seeker already applied to: where the application stands, not a new suggestion. */
export function ApplicationNote({ application }: { application: Application }) {
  const label = APPLICATION_STATUS_LABEL[application.status];
  return (
    <Link
      href={`/applications/${application.id}`}
      className="inline-flex items-center rounded-full bg-violet-100 px-2 py-0.5 text-xs font-semibold text-violet-900 hover:underline"
      data-testid="match-application"
    >
      {application.status === 'applied' ? 'Applied' : `Applied · ${label}`}
    </Link>
  );
}
