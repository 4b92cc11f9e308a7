import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { formatDate } from '../../_components/format';
import { CompanyGate } from '../_components/company-gate';
import { InviteLink } from '../_components/invite-link';

export const metadata: Metadata = { title: 'Company' };
export const dynamic = 'force-dynamic';

export default async function CompanyPage() {
  const session = await getSession();
  if (!session) redirect('/sign-in?callbackUrl=/recruiter/company');
  if (session.user.role === 'seeker') redirect('/jobs');
  const mine = await (await getServerApi()).company.mine();
  const gate = CompanyGate({ mine });
  if (gate || !mine.company) return gate;
  const c = mine.company;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold break-words">{c.name}</h1>
        <p className="text-sm text-slate-600">
          {[c.industry, c.headquarters].filter(Boolean).join(' · ')}
          {c.website && (
            <>
              {c.industry || c.headquarters ? ' · ' : ''}
              <a href={c.website} className="break-all text-brand-700 underline" rel="noopener noreferrer">
                {c.website}
              </a>
            </>
          )}
        </p>
      </div>
      <section aria-labelledby="members-heading" className="space-y-3 rounded-xl bg-white p-6 shadow-sm">
        <h2 id="members-heading" className="font-semibold">
          Recruiters
        </h2>
        <ul className="space-y-1 text-sm">
          {mine.members.map((m, i) => (
            <li key={i}>
              {m.name} <span className="text-slate-500">· since {formatDate(m.joinedAt)}</span>
              {m.status === 'pending' && <span className="ml-1 rounded bg-amber-50 px-1.5 text-amber-900">pending</span>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="invite-heading" className="space-y-3 rounded-xl bg-white p-6 shadow-sm">
        <h2 id="invite-heading" className="font-semibold">
          Invite a colleague
        </h2>
        <p className="text-sm text-slate-600">
          The link makes its holder a recruiter of {c.name} straight away: send it only to a colleague. It works once,
          for 7 days.
        </p>
        <InviteLink />
      </section>
    </div>
  );
}
