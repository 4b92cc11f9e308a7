/**
 * Calendar dates from users: ISO YYYY-MM-DD within 1900-2100. Outside that range a date is a typo
 * (or a probe), and turning "9999-12-31" into a timestamp would fail far from the user's mistake.
 */
import { z } from 'zod';

export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

export const boundedIsoDate = (message = 'Use a date like 2024-03-01.') =>
  z.iso
    .date(message)
    .refine((d) => d >= EARLIEST_DATE && d <= LATEST_DATE, 'Use a date between 1900 and 2100.');
