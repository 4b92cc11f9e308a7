import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { APPLICATION_STATUS_LABEL } from '@/lib/validators/application-status';
import { APPLICATION_STATUSES } from '@/lib/validators/enums';
import { pipelineQuery } from '@/lib/validators/recruiter';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { countOf, formatDate } from '../../_components/format';
import { CompanyGate } from '../_components/company-gate';
import { Pager } from '../_components/pager';

export const metadata: Metadata = { title: 'Candidates' };
export const dynamic = 'force-dynamic';

type Search = Record<string, string | string[] | undefined>;

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const session = await getSession();
  if (!session) redirect('/sign-in?callbackUrl=/recruiter/candidates');
  if (session.user.role === 'seeker') redirect('/applications');
  const api = await getServerApi();
  const gate = CompanyGate({ mine: await api.company.mine() });
  if (gate) return gate;
  const sp = await searchParams;
  const parsed = pipelineQuery.safeParse({
    status: typeof sp.status === 'string' && sp.status ? sp.status : undefined,
    page: Number(typeof sp.page === 'string' ? sp.page : 1),
  });
  const query = parsed.success ? parsed.data : pipelineQuery.parse({});
  const data = await api.recruiter.pipeline(query);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Candidates</h1>
        <p className="text-sm text-slate-600">Everyone who applied to your company’s jobs, newest first.</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-2 rounded-xl bg-white p-4 shadow-sm">
        <div>
          <label htmlFor="pipeline-status" className="block text-xs font-medium text-slate-600">
            Stage
          </label>
          <select
            id="pipeline-status"
            name="status"
            defaultValue={query.status ?? ''}
            className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
          >
            <option value="">Any</option>
            {APPLICATION_STATUSES.filter((s) => s !== 'saved').map((s) => (
              <option key={s} value={s}>
                {APPLICATION_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Show
        </button>
        <span className="text-sm text-slate-600">{countOf(data.total, 'application')}</span>
      </form>
      {data.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          No applications {query.status ? 'at this stage' : 'yet'}.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm">
          {data.items.map((i) => (
            <li key={i.applicationId} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3" data-testid="pipeline-item">
              <div className="min-w-0">
                <Link href={`/recruiter/applications/${i.applicationId}`} className="font-medium text-brand-700 hover:underline">
                  {i.name}
                </Link>
                <p className="text-sm break-words text-slate-600">
                  {i.job.title}
                  {i.appliedAt && <> · applied {formatDate(i.appliedAt)}</>}
                </p>
              </div>
              <span className="rounded bg-slate-100 px-2 py-0.5 text-sm">{APPLICATION_STATUS_LABEL[i.status]}</span>
            </li>
          ))}
        </ul>
      )}
      <Pager page={data.page} pageSize={data.pageSize} total={data.total} base="/recruiter/candidates" params={{ status: query.status }} />
    </div>
  );
}
