import { APPLICATION_STATUS_LABEL } from '@/lib/validators/application-status';
import type { ApplicationStatus } from '@/lib/validators/enums';

const TONE: Record<ApplicationStatus, string> = {
  saved: 'bg-slate-100 text-slate-700',
  applied: 'bg-brand-50 text-brand-700',
  interview_scheduled: 'bg-violet-100 text-violet-800',
  interview_completed: 'bg-violet-100 text-violet-800',
  offer_received: 'bg-emerald-100 text-emerald-800',
  accepted: 'bg-emerald-700 text-white',
  rejected: 'bg-red-100 text-red-800',
  withdrawn: 'bg-slate-200 text-slate-700',
  ghosted: 'bg-amber-100 text-amber-900',
};

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONE[status]}`}>
      {APPLICATION_STATUS_LABEL[status]}
    </span>
  );
}
