'use client';

import { useQuery } from '@tanstack/react-query';
import type { JobSearchItem } from '@/lib/validators/search';
import { useTRPC } from '@/trpc/react';
import { JobCard } from '../../_components/job-card';
import { MatchBadge } from '../../_components/match/match-badge';
import { SaveJobButton } from '../../_components/save-job-button';

export function SearchResults({ items, signedIn }: { items: JobSearchItem[]; signedIn: boolean }) {
  const trpc = useTRPC();
  const jobIds = items.map((j) => j.id);
  const tracked = useQuery(trpc.applications.statusForJobs.queryOptions({ jobIds }, { enabled: signedIn }));
  const statusOf = new Map(tracked.data?.map((t) => [t.jobId, t.status]));
  // Match badges for a signed-in user; a user without a profile simply gets none.
  const badges = useQuery(trpc.matching.badges.queryOptions({ jobIds }, { enabled: signedIn && jobIds.length > 0, retry: false }));
  const badgeOf = new Map(badges.data?.map((b) => [b.jobId, b]));
  return (
    <ul className="space-y-3">
      {items.map((job) => (
        <li key={job.id}>
          <JobCard job={job} salaryUnknownFlag={job.salaryUnknown}>
            {signedIn && (tracked.isSuccess || badgeOf.has(job.id)) && (
              <div className="flex flex-wrap items-center gap-3">
                {badgeOf.get(job.id) && <MatchBadge match={badgeOf.get(job.id)!} />}
                {tracked.isSuccess && <SaveJobButton jobId={job.id} initialStatus={statusOf.get(job.id) ?? null} signedIn />}
              </div>
            )}
          </JobCard>
        </li>
      ))}
    </ul>
  );
}
