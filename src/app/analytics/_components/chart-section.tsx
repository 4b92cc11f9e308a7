import type { ReactNode } from 'react';

/**
 * A chart with its numbers: the chart is decoration for sighted users (hidden from screen
 * readers), the table underneath carries the same figures for everyone, and for browsers
 * that draw no chart at all.
 */
export function ChartSection({
  title,
  chart,
  table,
  note,
}: {
  title: string;
  chart: ReactNode;
  table: ReactNode;
  note?: string;
}) {
  return (
    <section className="rounded-xl bg-white p-4 shadow-sm">
      <h3 className="font-semibold">{title}</h3>
      {note && <p className="text-sm text-slate-600">{note}</p>}
      {/* inert, not just aria-hidden: the chart's SVG is focusable, and a focus stop that reads as nothing is worse than none. */}
      <div inert className="mt-3 h-60">
        {chart}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700">Show the numbers</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </section>
  );
}
