import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ConfirmEmailChangeForm } from './confirm-email-change-form';

export const metadata: Metadata = { title: 'Confirm your new email' };

/** The page the link mailed to a new address opens; a button, so that link scanners do not spend the link. */
export default function ConfirmEmailChangePage() {
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-bold">Confirm your new email</h1>
      <Suspense>
        <ConfirmEmailChangeForm />
      </Suspense>
    </div>
  );
}
