import type { WindowMetrics } from '@/lib/validators/analytics';

export function ResponseTimeTable({ buckets }: { buckets: WindowMetrics['responseTimeBuckets'] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Days from applying to the company&apos;s first answer</caption>
      <thead className="text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">
            First answer after
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Applications
          </th>
        </tr>
      </thead>
      <tbody>
        {buckets.map((b) => (
          <tr key={b.key} className="border-t border-slate-100">
            <th scope="row" className="py-1 pr-3 font-normal">
              {b.label}
            </th>
            <td className="py-1 text-right">{b.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
