import Image from 'next/image';
import Link from 'next/link';
import { jobSearchOutput } from '@/lib/validators/search';
import { getCache } from '@/server/adapters/cache';
import { getDatabase } from '@/server/db';
import { searchJobs } from '@/server/services/jobs/search/search-jobs';
import { JobCard } from './_components/job-card';
import { LANDING_SHOTS, type LandingShot } from './landing-shots';

export const dynamic = 'force-dynamic';

/** The same figure the search page shows for an empty query, with its "about" when estimated. */
function openJobs(total: number, estimated: boolean): string {
  const n = total.toLocaleString('en-US');
  return estimated ? `about ${n}` : n;
}

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const deleted = (await searchParams).account === 'deleted';
  // One search gives both the newest jobs and the open-jobs figure the search page shows (jobs.list
  // counts every open job exactly: ~200 ms at 200,000 jobs, most of this page's server time). The
  // search service is called directly, not through the procedure as other pages do: importing
  // the whole router made Next compile it for the first page of a fresh clone (14.6 s against
  // 9.4 s). Its answer goes through the procedure's output schema all the same.
  const { db } = await getDatabase();
  const latest = jobSearchOutput.parse(await searchJobs(db, { sort: 'newest', limit: 5 }, { cache: getCache() }));
  return (
    <div className="space-y-10">
      {deleted && (
        <p role="status" className="rounded-md bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          Your account and everything in it were deleted.
        </p>
      )}
      <section className="rounded-xl bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-3xl font-bold tracking-tight">Find work that fits you, and see why it fits.</h1>
        <p className="mt-3 max-w-2xl text-slate-600">
          GiveMeJobs reads your profile, ranks{' '}
          <strong data-testid="open-jobs">{openJobs(latest.total, latest.estimated)} open jobs</strong> by how well they
          match you, explains every score, and keeps each application on one board until the offer.
        </p>
        <div className="mt-5 flex flex-wrap gap-3">
          <Link href="/sign-up" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            Create a free account
          </Link>
          <Link href="/jobs" className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100">
            Browse jobs
          </Link>
        </div>
        <ol className="mt-6 grid gap-3 text-sm text-slate-700 sm:grid-cols-3">
          <li>
            <strong className="block text-slate-900">1. Import your resume</strong>
            Your skills and experience fill your profile; you check and correct it.
          </li>
          <li>
            <strong className="block text-slate-900">2. See your matches</strong>
            Each job shows its score, the skills you have and the ones you would need.
          </li>
          <li>
            <strong className="block text-slate-900">3. Track and learn</strong>
            Move applications across a board and see which ones get answers.
          </li>
        </ol>
      </section>

      {LANDING_SHOTS.map((shot, i) => (
        <Feature key={shot.file} shot={shot} imageFirst={i % 2 === 1} />
      ))}

      <section aria-labelledby="latest-heading" className="space-y-3">
        <h2 id="latest-heading" className="text-xl font-semibold">
          Latest jobs
        </h2>
        {latest.items.map((job) => (
          <JobCard key={job.id} job={job} />
        ))}
        <Link href="/jobs" className="inline-block font-medium text-brand-700 underline">
          See every open job
        </Link>
      </section>
    </div>
  );
}

/** One part of the product: what it does, in words, beside a real screenshot of it. */
function Feature({ shot, imageFirst }: { shot: LandingShot; imageFirst: boolean }) {
  return (
    <section
      aria-labelledby={`feature-${shot.file}`}
      className="grid items-center gap-6 rounded-xl bg-white p-6 shadow-sm lg:grid-cols-2"
      data-testid="landing-feature"
    >
      <div className={imageFirst ? 'lg:order-2' : undefined}>
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">{shot.eyebrow}</p>
        <h2 id={`feature-${shot.file}`} className="mt-1 text-2xl font-semibold">
          {shot.title}
        </h2>
        <p className="mt-2 text-slate-600">{shot.text}</p>
        <Link href={shot.href} className="mt-3 inline-block font-medium text-brand-700 underline">
          {shot.cta}
        </Link>
      </div>
      {/* Served as committed (small webp files): width and height reserve the space, so nothing shifts. */}
      <Image
        src={`/screenshots/${shot.file}`}
        alt={shot.alt}
        width={shot.width}
        height={shot.height}
        unoptimized
        className="h-auto w-full rounded-lg border border-slate-200"
      />
    </section>
  );
}
