import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { JOB_STATUSES, REMOTE_TYPES } from '@/lib/validators/enums';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { formatDate, formatPlace, JOB_TYPE_LABEL, REMOTE_LABEL } from '../_components/format';
import { CompanyGate } from './_components/company-gate';
import { dashboardFilters, type DashboardSearch } from './dashboard-filters';
import { Pager } from './_components/pager';

export const metadata: Metadata = { title: 'Recruiter dashboard' };
export const dynamic = 'force-dynamic';

const one = (v: string | string[] | undefined) => (typeof v === 'string' && v ? v : undefined);

const select = 'rounded-md border border-slate-300 bg-white px-2 py-2 text-sm';

export default async function RecruiterDashboard({ searchParams }: { searchParams: Promise<DashboardSearch> }) {
  const session = await getSession();
  if (!session) redirect('/sign-in?callbackUrl=/recruiter');
  if (session.user.role === 'seeker') redirect('/jobs');
  const api = await getServerApi();
  const mine = await api.company.mine();
  const gate = CompanyGate({ mine });
  if (gate) return gate;

  const sp = await searchParams;
  const filters = dashboardFilters(sp);
  const data = await api.recruiter.jobs(filters);
  const applicants = one(sp.applicants);
  const filtered = data.total !== data.companyTotal;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold">Jobs at {data.company.name}</h1>
          <p className="text-sm text-slate-600" data-testid="jobs-count">
            {filtered ? `${data.total} of ${data.companyTotal}` : data.companyTotal}{' '}
            {data.companyTotal === 1 ? 'posting' : 'postings'}
          </p>
        </div>
        <Link
          href="/recruiter/jobs/new"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          Post a job
        </Link>
      </div>

      <form method="get" role="search" aria-label="Filter jobs" className="flex flex-wrap items-end gap-2 rounded-xl bg-white p-4 shadow-sm">
        <div className="min-w-0 flex-1 basis-48">
          <label htmlFor="jobs-q" className="block text-xs font-medium text-slate-600">
            Title or place
          </label>
          <input
            id="jobs-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        <div>
          <label htmlFor="jobs-status" className="block text-xs font-medium text-slate-600">
            Status
          </label>
          <select id="jobs-status" name="status" defaultValue={filters.status ?? ''} className={select}>
            <option value="">Any</option>
            {JOB_STATUSES.map((s) => (
              <option key={s} value={s} className="capitalize">
                {s === 'open' ? 'Open' : 'Closed'}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="jobs-remote" className="block text-xs font-medium text-slate-600">
            Arrangement
          </label>
          <select id="jobs-remote" name="remoteType" defaultValue={filters.remoteType ?? ''} className={select}>
            <option value="">Any</option>
            {REMOTE_TYPES.map((r) => (
              <option key={r} value={r}>
                {REMOTE_LABEL[r]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="jobs-applicants" className="block text-xs font-medium text-slate-600">
            Applicants
          </label>
          <select id="jobs-applicants" name="applicants" defaultValue={applicants ?? ''} className={select}>
            <option value="">Any</option>
            <option value="yes">Has applicants</option>
            <option value="no">No applicants yet</option>
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Filter
        </button>
        {filtered && (
          <Link href="/recruiter" className="px-2 py-2 text-sm text-brand-700 hover:underline">
            Clear
          </Link>
        )}
      </form>

      {data.jobs.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {data.companyTotal === 0 ? 'No jobs posted yet.' : 'No job matches these filters.'}
        </p>
      ) : (
        <div className="rounded-xl bg-white shadow-sm">
          <table className="w-full table-fixed text-left text-sm">
            <thead className="border-b border-slate-200 text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Job
                </th>
                <th scope="col" className="w-20 px-2 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="hidden w-28 px-2 py-2 font-medium sm:table-cell">
                  Posted
                </th>
                <th scope="col" className="w-24 px-2 py-2 text-right font-medium">
                  Applicants
                </th>
                <th scope="col" className="hidden w-28 px-2 py-2 text-right font-medium md:table-cell">
                  Interviewing
                </th>
                <th scope="col" className="hidden w-20 px-4 py-2 text-right font-medium md:table-cell">
                  Offers
                </th>
              </tr>
            </thead>
            <tbody>
              {data.jobs.map((j) => (
                <tr key={j.id} className="border-t border-slate-100" data-testid="company-job">
                  <td className="px-4 py-2 break-words">
                    <Link href={`/recruiter/jobs/${j.id}`} className="font-medium text-brand-700 hover:underline">
                      {j.title}
                    </Link>
                    <div className="text-xs text-slate-500">
                      {formatPlace(j.location, j.remoteType)} · {JOB_TYPE_LABEL[j.jobType]}
                    </div>
                  </td>
                  <td className="px-2 py-2 capitalize">{j.status}</td>
                  <td className="hidden px-2 py-2 sm:table-cell">{formatDate(j.postedAt)}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{j.applicants}</td>
                  <td className="hidden px-2 py-2 text-right tabular-nums md:table-cell">{j.interviewing}</td>
                  <td className="hidden px-4 py-2 text-right tabular-nums md:table-cell">{j.offers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        page={data.page}
        pageSize={data.pageSize}
        total={data.total}
        base="/recruiter"
        params={{ q: filters.q, status: filters.status, remoteType: filters.remoteType, applicants }}
      />
    </div>
  );
}
