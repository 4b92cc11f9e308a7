import type { WindowMetrics } from '@/lib/validators/analytics';
import { countOf } from '../../_components/format';
import { days, percent } from './format';

function Card({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div
      className="rounded-xl bg-white p-4 shadow-sm"
      data-testid={`metric-${label.toLowerCase().replace(/\s+/g, '-')}`}
    >
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold">{value}</dd>
      <dd className="text-xs text-slate-500">{detail}</dd>
    </div>
  );
}

export function MetricCards({ metrics: m }: { metrics: WindowMetrics }) {
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
      <Card label="Applications" value={String(m.n)} detail="applied or later" />
      <Card
        label="Response rate"
        value={percent(m.responseRate)}
        detail={`${m.responses} answered (interview, offer or rejection)`}
      />
      <Card label="Interview rate" value={percent(m.interviewRate)} detail={`${m.interviews} reached an interview`} />
      <Card label="Offer rate" value={percent(m.offerRate)} detail={`${m.offers} reached an offer`} />
      <Card
        label="Average response time"
        value={days(m.averageResponseDays)}
        detail={`over ${countOf(m.responseTimeSamples, 'answered application')}`}
      />
    </dl>
  );
}
