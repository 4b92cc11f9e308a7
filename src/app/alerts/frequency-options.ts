import { ALERT_FREQUENCIES, type AlertFrequency } from '@/lib/validators/enums';

const LABEL: Record<AlertFrequency, string> = {
  instant: 'Instantly',
  daily: 'Daily digest',
  weekly: 'Weekly digest',
  off: 'Off (no alerts)',
};

/** Select options, most frequent first. */
export const FREQUENCY_OPTIONS = (
  ['instant', 'daily', 'weekly', 'off'] as const satisfies readonly AlertFrequency[]
).map((f) => [f, LABEL[f]] as const);

export const isFrequency = (v: unknown): v is AlertFrequency => (ALERT_FREQUENCIES as readonly unknown[]).includes(v);
