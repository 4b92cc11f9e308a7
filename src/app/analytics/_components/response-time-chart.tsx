'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WindowMetrics } from '@/lib/validators/analytics';

/** How long companies took to give their first answer, as a histogram. */
export function ResponseTimeChart({ buckets }: { buckets: WindowMetrics['responseTimeBuckets'] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={buckets} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Bar dataKey="count" name="Applications" fill="#1f5fd1" />
      </BarChart>
    </ResponsiveContainer>
  );
}
