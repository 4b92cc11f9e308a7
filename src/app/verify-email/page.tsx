import type { Metadata } from 'next';
import { Suspense } from 'react';
import { VerifyEmailForm } from './verify-email-form';

export const metadata: Metadata = { title: 'Confirm your email' };

/** The page an emailed verification link opens; a button, so that link scanners do not spend the link. */
export default function VerifyEmailPage() {
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-bold">Confirm your email</h1>
      <Suspense>
        <VerifyEmailForm />
      </Suspense>
    </div>
  );
}
