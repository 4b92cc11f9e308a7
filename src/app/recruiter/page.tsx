import type { Metadata } from 'next';
import Link from 'next/link';
import { TRPCError } from '@trpc/server';
import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { formatDate, formatPlace, JOB_TYPE_LABEL } from '../_components/format';

export const metadata: Metadata = { title: 'Recruiter dashboard' };
export const dynamic = 'force-dynamic';

export default async function RecruiterDashboard() {
  const session = await getSession();
  if (!session) redirect('/sign-in?callbackUrl=/recruiter');
  if (session.user.role === 'seeker') redirect('/jobs');
  let data;
  try {
    data = await (await getServerApi()).recruiter.jobs();
  } catch (err) {
    if (err instanceof TRPCError && err.code === 'FORBIDDEN') {
      return <p className="rounded-lg bg-white p-8 text-center text-slate-600">{err.message}</p>;
    }
    throw err;
  }
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold">Jobs at {data.company.name}</h1>
          <p className="text-sm text-slate-600">{data.jobs.length} postings</p>
        </div>
        <Link
          href="/recruiter/jobs/new"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          Post a job
        </Link>
      </div>
      <div className="overflow-x-auto rounded-xl bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-xs text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                Job
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Status
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Posted
              </th>
              <th scope="col" className="px-4 py-2 text-right font-medium">
                Applicants
              </th>
              <th scope="col" className="px-4 py-2 text-right font-medium">
                Interviewing
              </th>
              <th scope="col" className="px-4 py-2 text-right font-medium">
                Offers
              </th>
            </tr>
          </thead>
          <tbody>
            {data.jobs.map((j) => (
              <tr key={j.id} className="border-t border-slate-100">
                <td className="px-4 py-2">
                  <Link href={`/recruiter/jobs/${j.id}`} className="font-medium text-brand-700 hover:underline">
                    {j.title}
                  </Link>
                  <div className="text-xs text-slate-500">
                    {formatPlace(j.location, j.remoteType)} · {JOB_TYPE_LABEL[j.jobType]}
                  </div>
                </td>
                <td className="px-4 py-2 capitalize">{j.status}</td>
                <td className="px-4 py-2">{formatDate(j.postedAt)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{j.applicants}</td>
                <td className="px-4 py-2 text-right tabular-nums">{j.interviewing}</td>
                <td className="px-4 py-2 text-right tabular-nums">{j.offers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
