'use client';

import { useQuery } from '@tanstack/react-query';
import type { JobSearchItem } from '@/lib/validators/search';
import { useTRPC } from '@/trpc/react';
import { JobCard } from '../../_components/job-card';
import { SaveJobButton } from '../../_components/save-job-button';

export function SearchResults({ items, signedIn }: { items: JobSearchItem[]; signedIn: boolean }) {
  const trpc = useTRPC();
  const jobIds = items.map((j) => j.id);
  const tracked = useQuery(trpc.applications.statusForJobs.queryOptions({ jobIds }, { enabled: signedIn }));
  const statusOf = new Map(tracked.data?.map((t) => [t.jobId, t.status]));
  return (
    <ul className="space-y-3">
      {items.map((job) => (
        <li key={job.id}>
          <JobCard job={job} salaryUnknownFlag={job.salaryUnknown}>
            {signedIn && tracked.isSuccess && (
              <SaveJobButton jobId={job.id} initialStatus={statusOf.get(job.id) ?? null} signedIn />
            )}
          </JobCard>
        </li>
      ))}
    </ul>
  );
}
