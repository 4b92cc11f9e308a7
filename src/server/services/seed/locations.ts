/**
 * Where seeded jobs are: real cities, weighted roughly by the size of their job markets.
 * `payFactor` scales a US-national salary to the local market *in USD terms* (before the
 * currency conversion in salary.ts): coastal hubs pay more, European markets less.
 */
export type SeedCurrency = 'USD' | 'CAD' | 'GBP' | 'EUR';

export interface SeedCity {
  name: string;
  country: 'US' | 'CA' | 'GB' | 'DE';
  currency: SeedCurrency;
  payFactor: number;
  weight: number;
}

type Row = [name: string, payFactor: number, weight: number];

// prettier-ignore
const US: Row[] = [
  ['New York, NY', 1.25, 10], ['San Francisco, CA', 1.3, 6], ['Seattle, WA', 1.22, 5],
  ['Los Angeles, CA', 1.15, 7], ['Chicago, IL', 1.05, 6], ['Boston, MA', 1.18, 5],
  ['Austin, TX', 1.08, 4], ['Washington, DC', 1.15, 5], ['San Jose, CA', 1.3, 3],
  ['Denver, CO', 1.06, 3], ['Atlanta, GA', 1.0, 4], ['Dallas, TX', 1.02, 5],
  ['Houston, TX', 1.0, 5], ['Phoenix, AZ', 0.97, 4], ['Philadelphia, PA', 1.04, 4],
  ['San Diego, CA', 1.1, 3], ['Minneapolis, MN', 1.03, 3], ['Portland, OR', 1.05, 2],
  ['Raleigh, NC', 1.0, 2], ['Charlotte, NC', 0.99, 3], ['Miami, FL', 1.0, 3],
  ['Nashville, TN', 0.97, 2], ['Salt Lake City, UT', 0.98, 2], ['Pittsburgh, PA', 0.95, 2],
  ['Columbus, OH', 0.95, 2], ['Detroit, MI', 0.96, 2], ['Kansas City, MO', 0.94, 2],
  ['St. Louis, MO', 0.94, 2], ['Baltimore, MD', 1.02, 2], ['Orlando, FL', 0.93, 2],
  ['Tampa, FL', 0.94, 2], ['Indianapolis, IN', 0.93, 2], ['Sacramento, CA', 1.06, 2],
  ['Las Vegas, NV', 0.94, 2], ['Cincinnati, OH', 0.93, 1], ['Cleveland, OH', 0.92, 1],
  ['Milwaukee, WI', 0.93, 1], ['Richmond, VA', 0.95, 1], ['Madison, WI', 0.96, 1],
  ['Boise, ID', 0.92, 1], ['Albuquerque, NM', 0.9, 1],
];
// prettier-ignore
const CA: Row[] = [
  ['Toronto, ON, Canada', 0.82, 3], ['Vancouver, BC, Canada', 0.82, 2], ['Montreal, QC, Canada', 0.76, 2],
  ['Calgary, AB, Canada', 0.8, 1], ['Ottawa, ON, Canada', 0.78, 1],
];
// prettier-ignore
const GB: Row[] = [
  ['London, UK', 0.85, 4], ['Manchester, UK', 0.7, 1], ['Edinburgh, UK', 0.72, 1], ['Bristol, UK', 0.72, 1],
];
// prettier-ignore
const DE: Row[] = [
  ['Berlin, Germany', 0.72, 2], ['Munich, Germany', 0.8, 2], ['Hamburg, Germany', 0.75, 1],
  ['Frankfurt, Germany', 0.78, 1],
];

const toCities = (rows: Row[], country: SeedCity['country'], currency: SeedCurrency): SeedCity[] =>
  rows.map(([name, payFactor, weight]) => ({ name, country, currency, payFactor, weight }));

/** ~86% US, the rest Canada, the UK and Germany (by weight). */
export const SEED_CITIES: readonly SeedCity[] = [
  ...toCities(US, 'US', 'USD'),
  ...toCities(CA, 'CA', 'CAD'),
  ...toCities(GB, 'GB', 'GBP'),
  ...toCities(DE, 'DE', 'EUR'),
];

/** Remote postings are US-based and paid in USD. */
export const REMOTE_LOCATIONS = ['Remote', 'Remote (US)'] as const;
