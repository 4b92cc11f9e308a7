import Link from 'next/link';

/**
 * A route's "not found" page: says what was not found and links to where that kind of thing is
 * listed (the root page speaks of jobs; a missing document sent people to browse jobs).
 */
export function NotFoundPanel({ message, href, linkText }: { message: string; href: string; linkText: string }) {
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-8 text-center shadow-sm">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600">{message}</p>
      <Link href={href} className="mt-4 inline-block text-brand-700 underline">
        {linkText}
      </Link>
    </div>
  );
}
