import type { Metadata } from 'next';
import { Suspense } from 'react';
import { UnlockForm } from './unlock-form';

export const metadata: Metadata = { title: 'Unlock sign-in' };

/** The page an emailed unlock link opens; a button, so that link scanners do not spend the link. */
export default function UnlockPage() {
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-bold">Unlock sign-in</h1>
      <Suspense>
        <UnlockForm />
      </Suspense>
    </div>
  );
}
