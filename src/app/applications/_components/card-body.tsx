import Link from 'next/link';
import type { ApplicationItem } from '@/lib/validators/applications';
import { formatDate } from '../../_components/format';
import { formatDay } from './dates';

/** What a board card shows; shared by the card in its column and the copy that follows a drag. */
export function CardBody({ app, linked = true }: { app: ApplicationItem; linked?: boolean }) {
  return (
    <div className="min-w-0 flex-1 space-y-1">
      <h3 className="text-sm font-semibold leading-snug">
        {linked ? (
          <Link href={`/applications/${app.id}`} className="hover:underline">
            {app.job.title}
          </Link>
        ) : (
          app.job.title
        )}
      </h3>
      <p className="truncate text-xs text-slate-600">{app.job.companyName}</p>
      <p className="text-xs text-slate-500">
        {app.appliedAt ? `Applied ${formatDate(app.appliedAt)}` : `Saved ${formatDate(app.createdAt)}`}
      </p>
      {app.followUpDate && <p className="text-xs text-amber-800">Follow up {formatDay(app.followUpDate)}</p>}
    </div>
  );
}
