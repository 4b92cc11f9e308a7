import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-8 text-center shadow-sm">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600">This page does not exist, or the job was removed.</p>
      <Link href="/jobs" className="mt-4 inline-block text-brand-700 underline">
        Browse open jobs
      </Link>
    </div>
  );
}
