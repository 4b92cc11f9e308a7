'use client';

import { useQueryClient } from '@tanstack/react-query';
import type { ProfileOutput } from '@/lib/validators/profile';
import { useTRPC } from '@/trpc/react';

/**
 * Profile mutations answer with the whole profile. These helpers write it into the
 * query cache, and apply/roll back optimistic changes for instant feedback.
 */
export function useProfileCache() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = trpc.profile.get.queryKey();
  return {
    set: (profile: ProfileOutput) => queryClient.setQueryData(key, profile),
    /** Applies `change` now; returns a function restoring the previous profile. */
    optimistic: (change: (p: ProfileOutput) => ProfileOutput) => {
      const previous = queryClient.getQueryData<ProfileOutput>(key);
      if (previous) queryClient.setQueryData(key, change(previous));
      return () => {
        if (previous) queryClient.setQueryData(key, previous);
      };
    },
  };
}
