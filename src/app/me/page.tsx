import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { getServerApi } from '@/trpc/server';
import { formatDate } from '../_components/format';
import { ChangeEmailForm } from './change-email-form';
import { ChangePasswordForm } from './change-password-form';
import { EmailVerification } from './email-verification';
import { SecurityEvents } from './security-events';
import { SessionsList } from './sessions-list';
import { TwoStepSignIn } from './two-step-sign-in';
import { YourData } from './your-data';
import { ProfileForm } from './profile-form';
import { SignOutEverywhere } from './sign-out-everywhere';

export const metadata: Metadata = { title: 'My account' };
export const dynamic = 'force-dynamic';

export default async function MePage() {
  if (!(await getSession())) redirect('/sign-in?callbackUrl=/me');
  const api = await getServerApi();
  const [me, notifications, security] = await Promise.all([
    api.users.me(),
    api.notifications.list({ limit: 10 }),
    api.account.security(),
  ]);
  return (
    <div className="space-y-6">
      <section className="rounded-xl bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold" data-testid="me-name">
          {me.firstName} {me.lastName}
        </h1>
        <p className="text-slate-600">{me.professionalHeadline ?? 'No headline yet'}</p>
        <dl className="mt-4 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-500">Email</dt>
            <dd data-testid="me-email" className="break-all">
              {me.email}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Account type</dt>
            <dd>{me.role === 'recruiter' ? 'Recruiter' : me.role === 'admin' ? 'Administrator' : 'Job seeker'}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Member since</dt>
            <dd>{formatDate(me.createdAt)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Last sign-in</dt>
            <dd>{me.lastLogin ? formatDate(me.lastLogin) : '—'}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="edit-heading" className="rounded-xl bg-white p-6 shadow-sm">
        <h2 id="edit-heading" className="mb-3 font-semibold">
          Basic details
        </h2>
        <ProfileForm
          initial={{
            firstName: me.firstName,
            lastName: me.lastName,
            professionalHeadline: me.professionalHeadline ?? '',
          }}
        />
      </section>
      <section aria-labelledby="security-heading" className="rounded-xl bg-white p-6 shadow-sm">
        <h2 id="security-heading" className="mb-3 font-semibold">
          Security
        </h2>
        <h3 className="mb-2 text-sm font-semibold text-slate-700">Email</h3>
        <EmailVerification
          email={security.email}
          verifiedAt={security.emailVerifiedAt ? formatDate(security.emailVerifiedAt) : null}
        />
        <h3 className="mt-6 mb-2 border-t border-slate-200 pt-4 text-sm font-semibold text-slate-700">
          Change email address
        </h3>
        <ChangeEmailForm />
        <h3 className="mt-6 mb-2 border-t border-slate-200 pt-4 text-sm font-semibold text-slate-700">
          Change password
        </h3>
        <ChangePasswordForm />
        <h3 className="mt-6 mb-2 border-t border-slate-200 pt-4 text-sm font-semibold text-slate-700">
          Two-step sign-in
        </h3>
        <TwoStepSignIn enabled={security.mfaEnabled} recoveryCodesLeft={security.recoveryCodesLeft} />
        <h3 className="mt-6 mb-2 border-t border-slate-200 pt-4 text-sm font-semibold text-slate-700">Sessions</h3>
        <div className="space-y-4">
          <SessionsList />
          <SignOutEverywhere />
        </div>
        <h3 className="mt-6 mb-2 border-t border-slate-200 pt-4 text-sm font-semibold text-slate-700">
          Security activity
        </h3>
        <SecurityEvents />
      </section>
      <section aria-labelledby="data-heading" className="rounded-xl bg-white p-6 shadow-sm">
        <h2 id="data-heading" className="mb-3 font-semibold">
          Your data
        </h2>
        <YourData />
      </section>
      <section aria-labelledby="notifications-heading" className="rounded-xl bg-white p-6 shadow-sm">
        <h2 id="notifications-heading" className="mb-3 font-semibold">
          Notifications
        </h2>
        {notifications.length === 0 ? (
          <p className="text-sm text-slate-600">Nothing yet.</p>
        ) : (
          <ul className="space-y-2">
            {notifications.map((n) => (
              <li key={n.id} className="rounded border border-slate-200 p-3 text-sm">
                <p className="font-medium">{n.title}</p>
                <p className="text-slate-600">{n.body}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
