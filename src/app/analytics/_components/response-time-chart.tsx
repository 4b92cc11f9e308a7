'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WindowMetrics } from '@/lib/validators/analytics';

/** How long companies took to give their first answer, as a histogram. */
export function ResponseTimeChart({ buckets }: { buckets: WindowMetrics['responseTimeBuckets'] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={buckets} margin={{ top: 8, right: 8, bottom: 24, left: 12 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="label"
          // Every bucket labelled (recharts otherwise drops one it thinks would crowd, "15–30 days"),
          // short enough for a phone: the axis title already says "days".
          interval={0}
          tickFormatter={(label: string) => label.replace(/ days$/, '')}
          tick={{ fontSize: 12 }}
          label={{ value: 'Days until the first answer', position: 'insideBottom', offset: -16, fontSize: 12 }}
        />
        <YAxis
          allowDecimals={false}
          tick={{ fontSize: 12 }}
          label={{ value: 'Applications', angle: -90, position: 'insideLeft', offset: 0, dy: 40, fontSize: 12 }}
        />
        <Tooltip />
        <Bar dataKey="count" name="Applications" fill="#1f5fd1" />
      </BarChart>
    </ResponsiveContainer>
  );
}
