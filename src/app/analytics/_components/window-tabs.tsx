import Link from 'next/link';
import { ANALYTICS_WINDOWS, WINDOW_LABEL, type AnalyticsWindow } from '@/lib/validators/analytics';

/** Plain links: the window lives in the URL, so a view can be bookmarked and shared. */
export function WindowTabs({ current }: { current: AnalyticsWindow }) {
  return (
    <nav aria-label="Time window" className="flex flex-wrap gap-2 text-sm">
      {ANALYTICS_WINDOWS.map((w) => (
        <Link
          key={w}
          href={`/analytics?window=${w}`}
          aria-current={w === current ? 'page' : undefined}
          className={
            w === current
              ? 'rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white'
              : 'rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50'
          }
        >
          {WINDOW_LABEL[w]}
        </Link>
      ))}
    </nav>
  );
}
