import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { formatDate } from '../../_components/format';
import { ApproveButton } from '../_components/approve-button';

export const metadata: Metadata = { title: 'Company approvals' };
export const dynamic = 'force-dynamic';

/** Operators: recruiters who created a company wait here until approved. */
export default async function ApprovalsPage() {
  const session = await getSession();
  if (!session) redirect('/sign-in?callbackUrl=/recruiter/approvals');
  if (session.user.role !== 'admin') redirect('/recruiter');
  const pending = await (await getServerApi()).company.pending();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Companies awaiting approval</h1>
      {pending.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          Nothing to approve.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm">
          {pending.map((p) => (
            <li key={`${p.companyId}:${p.userId}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <div className="min-w-0 text-sm">
                <p className="font-medium break-words">{p.companyName}</p>
                <p className="break-all text-slate-600">
                  {p.name} · {p.email} {p.emailVerified ? '(verified)' : '(email not verified)'}
                </p>
                <p className="text-xs text-slate-500">
                  {p.website && <>{p.website} · </>}asked {formatDate(p.requestedAt)}
                </p>
              </div>
              <ApproveButton companyId={p.companyId} userId={p.userId} label={`Approve ${p.companyName}`} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
