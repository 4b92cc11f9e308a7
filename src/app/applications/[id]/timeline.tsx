import { APPLICATION_STATUS_LABEL } from '@/lib/validators/application-status';
import type { ApplicationEvent } from '@/lib/validators/applications';
import { formatDate } from '../../_components/format';

const BY: Record<ApplicationEvent['by'], string> = { you: 'you', employer: 'the company', system: 'GiveMeJobs' };

function describe(e: ApplicationEvent): string {
  const to = APPLICATION_STATUS_LABEL[e.to];
  if (!e.from) return e.to === 'saved' ? 'Saved the job' : `Tracked as ${to}`;
  return `${APPLICATION_STATUS_LABEL[e.from]} → ${to}`;
}

export function Timeline({ events }: { events: ApplicationEvent[] }) {
  return (
    <section aria-labelledby="timeline-heading" className="rounded-xl bg-white p-6 shadow-sm">
      <h2 id="timeline-heading" className="font-semibold">
        Timeline
      </h2>
      <ol className="mt-3 space-y-3 border-l border-slate-200 pl-4" data-testid="timeline">
        {events.map((e) => (
          <li key={e.id} className="text-sm">
            <p className="font-medium">{describe(e)}</p>
            <p className="text-xs text-slate-500">
              <time dateTime={e.occurredAt.toISOString()}>{formatDate(e.occurredAt)}</time> · by {BY[e.by]}
            </p>
            {e.note && <p className="mt-1 whitespace-pre-line text-slate-700 [overflow-wrap:anywhere]">{e.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
