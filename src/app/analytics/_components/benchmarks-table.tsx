import type { Benchmarks } from '@/lib/validators/analytics';
import { days, percent } from './format';
import { ScrollBox } from './scroll-box';

export function BenchmarksTable({ benchmarks }: { benchmarks: Benchmarks }) {
  return (
    <section className="rounded-xl bg-white p-4 shadow-sm">
      <h2 className="text-lg font-semibold">You and other seekers</h2>
      <p className="text-sm text-slate-600">
        Averages of other seekers&apos; own rates in the same window. Groups of fewer than {benchmarks.minUsers} other
        seekers are not shown, to keep everyone anonymous, nor industries where you have fewer than 5 applications.
      </p>
      {benchmarks.groups.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Not enough other seekers to compare with yet.</p>
      ) : (
        <div className="mt-2">
          <ScrollBox label="You and other seekers" hint>
            <table className="w-full text-left text-sm">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Group
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Who
                  </th>
                  <th scope="col" className="py-1 pr-3 text-right font-medium">
                    Response
                  </th>
                  <th scope="col" className="py-1 pr-3 text-right font-medium">
                    Interview
                  </th>
                  <th scope="col" className="py-1 pr-3 text-right font-medium">
                    Offer
                  </th>
                  <th scope="col" className="py-1 text-right font-medium">
                    First answer
                  </th>
                </tr>
              </thead>
              <tbody>
                {benchmarks.groups.flatMap((g) => [
                  <tr key={`${g.id}-you`} className="border-t border-slate-200">
                    <th scope="row" rowSpan={2} className="py-1 pr-3 align-top font-normal">
                      {g.label}
                    </th>
                    <td className="py-1 pr-3">
                      You ({g.you.n} application{g.you.n === 1 ? '' : 's'})
                    </td>
                    <td className="py-1 pr-3 text-right">{percent(g.you.responseRate)}</td>
                    <td className="py-1 pr-3 text-right">{percent(g.you.interviewRate)}</td>
                    <td className="py-1 pr-3 text-right">{percent(g.you.offerRate)}</td>
                    <td className="py-1 text-right">{days(g.you.averageResponseDays)}</td>
                  </tr>,
                  <tr key={`${g.id}-platform`} className="text-slate-600">
                    <td className="py-1 pr-3">{g.users} other seekers</td>
                    <td className="py-1 pr-3 text-right">{percent(g.platform.responseRate)}</td>
                    <td className="py-1 pr-3 text-right">{percent(g.platform.interviewRate)}</td>
                    <td className="py-1 pr-3 text-right">{percent(g.platform.offerRate)}</td>
                    <td className="py-1 text-right">{days(g.platform.averageResponseDays)}</td>
                  </tr>,
                ])}
              </tbody>
            </table>
          </ScrollBox>
        </div>
      )}
    </section>
  );
}
