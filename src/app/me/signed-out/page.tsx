import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SignInForm } from '../../sign-in/sign-in-form';
import { noticeFor } from './reasons';

export const metadata: Metadata = { title: 'Sign in again' };

/**
 * The sign-in page, with a notice saying why the session ended (a password change, "sign out of
 * every device"). The reason is one of a fixed list: nothing from the URL is shown as such.
 */
export default async function SignedOutPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-bold">Sign in</h1>
      <p role="status" data-testid="signed-out-notice" className="mb-4 rounded bg-brand-50 p-3 text-sm text-brand-700">
        {noticeFor(reason)}
      </p>
      <Suspense>
        <SignInForm />
      </Suspense>
    </div>
  );
}
