'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BreakdownGroup } from '@/lib/validators/analytics';

const asPercent = (rate: number | null) => (rate === null ? 0 : Math.round(rate * 1000) / 10);

/** Response, interview and offer rates per group, side by side. */
export function RatesChart({ groups }: { groups: BreakdownGroup[] }) {
  const data = groups.map((g) => ({
    label: g.label,
    Response: asPercent(g.responseRate),
    Interview: asPercent(g.interviewRate),
    Offer: asPercent(g.offerRate),
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis unit="%" domain={[0, 100]} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => `${String(value)}%`} />
        <Legend />
        <Bar dataKey="Response" fill="#93c5fd" />
        <Bar dataKey="Interview" fill="#1f5fd1" />
        <Bar dataKey="Offer" fill="#15803d" />
      </BarChart>
    </ResponsiveContainer>
  );
}
