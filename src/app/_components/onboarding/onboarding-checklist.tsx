'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { Onboarding, OnboardingStep } from '@/lib/validators/onboarding';
import { useTRPC } from '@/trpc/react';

const STEP: Record<OnboardingStep, { label: string; why: string; href: string }> = {
  resume: {
    label: 'Import your resume',
    why: 'Your roles, skills and education fill your profile in one go.',
    href: '/profile/import',
  },
  profile: {
    label: 'Check your profile',
    why: 'Add a headline and the skills the import missed: matches use them.',
    href: '/profile',
  },
  preferences: {
    label: 'Say what you are looking for',
    why: 'Places, remote or on site, job types and pay narrow your matches.',
    href: '/profile#preferences',
  },
  matches: {
    label: 'See the jobs that fit you',
    why: 'Jobs ranked for you, each with the reasons it fits.',
    href: '/matches',
  },
};

/** The first-run checklist: four steps, ticked from the seeker's own data, until they put it away. */
export function OnboardingChecklist({ onboarding }: { onboarding: Onboarding }) {
  const trpc = useTRPC();
  const router = useRouter();
  const mark = useMutation(trpc.onboarding.markStep.mutationOptions());
  const dismiss = useMutation(trpc.onboarding.dismiss.mutationOptions({ onSuccess: () => router.refresh() }));
  const done = onboarding.steps.filter((s) => s.done).length;
  const total = onboarding.steps.length;

  return (
    <section
      aria-labelledby="onboarding-heading"
      data-testid="onboarding"
      className="mb-6 rounded-xl border border-brand-100 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="onboarding-heading" className="text-lg font-semibold">
          {done === total ? 'You are all set' : 'Get started'}
        </h2>
        <p className="text-sm text-slate-600" data-testid="onboarding-progress">
          {done} of {total} done
        </p>
      </div>
      <ol className="mt-3 grid gap-2 sm:grid-cols-2">
        {onboarding.steps.map(({ step, done: isDone }) => (
          <li key={step} className="flex gap-3 rounded-lg bg-slate-50 p-3" data-step={step} data-done={isDone}>
            <span
              aria-hidden="true"
              className={`mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full text-xs ${isDone ? 'bg-emerald-700 text-white' : 'border border-slate-400'}`}
            >
              {isDone ? '✓' : ''}
            </span>
            <div className="min-w-0 text-sm">
              <Link
                href={STEP[step].href}
                onClick={() => {
                  // Opening the profile from here counts as looking it over.
                  if (step === 'profile' && !isDone) mark.mutate({ step: 'profile' });
                }}
                className="font-medium text-brand-700 underline"
              >
                {STEP[step].label}
              </Link>
              <span className="sr-only">{isDone ? ' (done)' : ' (to do)'}</span>
              <p className="text-slate-600">{STEP[step].why}</p>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => dismiss.mutate()}
        disabled={dismiss.isPending}
        className="mt-3 text-sm text-slate-600 underline hover:text-slate-900"
      >
        {done === total ? 'Close' : 'Hide this checklist'}
      </button>
    </section>
  );
}
