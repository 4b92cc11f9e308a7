import Link from 'next/link';
import type { ReactNode } from 'react';
import type { JobSummary } from '@/lib/validators/jobs';
import { formatPlace, formatSalary, JOB_TYPE_LABEL } from './format';

const FRESHNESS_STYLE = {
  new: 'bg-emerald-100 text-emerald-800',
  recent: 'bg-sky-100 text-sky-800',
  older: 'bg-slate-100 text-slate-600',
} as const;

export function JobCard({
  job,
  salaryUnknownFlag = false,
  children,
}: {
  job: JobSummary;
  /** Kept by a salary filter although its salary is unknown: say so. */
  salaryUnknownFlag?: boolean;
  children?: ReactNode;
}) {
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="job-card">
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <h2 className="text-base font-semibold">
            <Link href={`/jobs/${job.id}`} className="hover:underline">
              {job.title}
            </Link>
          </h2>
          <p className="text-sm text-slate-600">
            {job.companyName} · {formatPlace(job.location, job.remoteType)} · {JOB_TYPE_LABEL[job.jobType]}
          </p>
        </div>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${FRESHNESS_STYLE[job.freshness]}`}>
          {job.freshness}
        </span>
      </div>
      <p className="mt-2 text-sm font-medium">
        {formatSalary(job.salary)}
        {salaryUnknownFlag && (
          <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">salary not checked</span>
        )}
      </p>
      {job.requiredSkills.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Required skills">
          {job.requiredSkills.slice(0, 6).map((s) => (
            <li key={s} className="rounded bg-brand-50 px-2 py-0.5 text-xs text-brand-700">
              {s}
            </li>
          ))}
        </ul>
      )}
      {children && <div className="mt-3">{children}</div>}
    </article>
  );
}
