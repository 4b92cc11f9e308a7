import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default function SignInPage() {
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-bold">Sign in</h1>
      <Suspense>
        <SignInForm />
      </Suspense>
      <p className="mt-4 text-sm text-slate-600">
        New here?{' '}
        <Link href="/sign-up" className="text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
