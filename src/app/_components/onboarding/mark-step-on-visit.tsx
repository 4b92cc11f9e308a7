'use client';

import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTRPC } from '@/trpc/react';

/** Ticks a checklist step when the page it names is opened (the first visit's date is kept). */
export function MarkStepOnVisit({ step }: { step: 'matches' | 'profile' }) {
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.onboarding.markStep.mutationOptions());
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    mutate({ step });
  }, [mutate, step]);
  return null;
}
