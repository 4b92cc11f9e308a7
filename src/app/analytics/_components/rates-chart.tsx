'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BreakdownGroup } from '@/lib/validators/analytics';

const asPercent = (rate: number | null) => (rate === null ? 0 : Math.round(rate * 1000) / 10);

const WEEKDAY = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
/** "Tuesday" -> "Tue"; other labels as they are. */
const shortLabel = (label: string) => (WEEKDAY.test(label) ? label.slice(0, 3) : label);

/** Response, interview and offer rates per group, side by side; `xLabel` names the grouping. */
export function RatesChart({ groups, xLabel }: { groups: BreakdownGroup[]; xLabel: string }) {
  const data = groups.map((g) => ({
    label: g.label,
    Response: asPercent(g.responseRate),
    Interview: asPercent(g.interviewRate),
    Offer: asPercent(g.offerRate),
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 24, left: 12 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="label"
          // Every group labelled (recharts otherwise drops labels it thinks would crowd: a phone
          // showed only Tuesday, Thursday and Saturday), weekdays shortened to fit.
          interval={0}
          tickFormatter={shortLabel}
          tick={{ fontSize: 12 }}
          label={{ value: xLabel, position: 'insideBottom', offset: -16, fontSize: 12 }}
        />
        <YAxis
          unit="%"
          domain={[0, 100]}
          tick={{ fontSize: 12 }}
          label={{
            value: 'Share of applications',
            angle: -90,
            position: 'insideLeft',
            offset: 0,
            dy: 70,
            fontSize: 12,
          }}
        />
        <Tooltip formatter={(value) => `${String(value)}%`} />
        <Legend verticalAlign="top" height={28} />
        <Bar dataKey="Response" fill="#93c5fd" />
        <Bar dataKey="Interview" fill="#1f5fd1" />
        <Bar dataKey="Offer" fill="#15803d" />
      </BarChart>
    </ResponsiveContainer>
  );
}
