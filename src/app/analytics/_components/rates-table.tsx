import type { Breakdown } from '@/lib/validators/analytics';
import { countOf } from '../../_components/format';
import { percent } from './format';
import { ScrollBox } from './scroll-box';

export function RatesTable({ breakdown, caption }: { breakdown: Breakdown; caption: string }) {
  // Five columns do not fit a 360 px phone at this size: the table scrolls inside its card, never
  // the page (relative keeps the screen-reader-only caption inside the scroll box).
  return (
    <ScrollBox label={caption}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              Group
            </th>
            {/* "Sent", not "Applications": the five columns then fit a 390 px phone without scrolling. */}
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Sent
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Response
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Interview
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Offer
            </th>
          </tr>
        </thead>
        <tbody>
          {breakdown.groups.map((g) => (
            <tr key={g.key} className="border-t border-slate-100">
              <th scope="row" className="py-1 pr-3 font-normal">
                {g.label}
              </th>
              <td className="py-1 pr-3 text-right">{g.n}</td>
              <td className="py-1 pr-3 text-right">{percent(g.responseRate)}</td>
              <td className="py-1 pr-3 text-right">{percent(g.interviewRate)}</td>
              <td className="py-1 text-right">{percent(g.offerRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* Below the table, not in it: in a table wider than the phone it was cut off mid-sentence. */}
      {breakdown.hiddenGroups > 0 && (
        <p className="sticky left-0 border-t border-slate-100 py-1 text-sm text-slate-500">
          {countOf(breakdown.hiddenGroups, 'smaller group')} ({countOf(breakdown.hiddenApplications, 'application')})
          not shown: too few to read a rate from.
        </p>
      )}
    </ScrollBox>
  );
}
