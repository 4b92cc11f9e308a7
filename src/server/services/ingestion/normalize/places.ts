/**
 * The place names location parsing knows: US states, Canadian provinces and Australian states by
 * code and name, and common countries by ISO 3166-1 alpha-2 code, alpha-3 code and usual names.
 */
export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'District of Columbia',
  PR: 'Puerto Rico',
};

export const CA_PROVINCES: Readonly<Record<string, string>> = {
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  QC: 'Quebec',
  SK: 'Saskatchewan',
  NT: 'Northwest Territories',
  NU: 'Nunavut',
  YT: 'Yukon',
};

export const AU_STATES: Readonly<Record<string, string>> = {
  NSW: 'New South Wales',
  VIC: 'Victoria',
  QLD: 'Queensland',
  WA: 'Western Australia',
  SA: 'South Australia',
  TAS: 'Tasmania',
  ACT: 'Australian Capital Territory',
  NT: 'Northern Territory',
};

/** ISO alpha-2 -> [alpha-3, names...]. */
const COUNTRY_TABLE: Record<string, string[]> = {
  US: ['USA', 'United States', 'United States of America', 'U.S.', 'U.S.A.', 'America'],
  GB: [
    'GBR',
    'United Kingdom',
    'UK',
    'U.K.',
    'Great Britain',
    'Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
  ],
  CA: ['CAN', 'Canada'],
  AU: ['AUS', 'Australia'],
  NZ: ['NZL', 'New Zealand'],
  IE: ['IRL', 'Ireland'],
  DE: ['DEU', 'Germany', 'Deutschland'],
  FR: ['FRA', 'France'],
  NL: ['NLD', 'Netherlands', 'The Netherlands', 'Holland'],
  BE: ['BEL', 'Belgium'],
  LU: ['LUX', 'Luxembourg'],
  ES: ['ESP', 'Spain', 'España'],
  PT: ['PRT', 'Portugal'],
  IT: ['ITA', 'Italy', 'Italia'],
  CH: ['CHE', 'Switzerland', 'Schweiz', 'Suisse'],
  AT: ['AUT', 'Austria', 'Österreich'],
  SE: ['SWE', 'Sweden'],
  NO: ['NOR', 'Norway'],
  DK: ['DNK', 'Denmark'],
  FI: ['FIN', 'Finland'],
  IS: ['ISL', 'Iceland'],
  PL: ['POL', 'Poland', 'Polska'],
  CZ: ['CZE', 'Czech Republic', 'Czechia'],
  SK: ['SVK', 'Slovakia'],
  HU: ['HUN', 'Hungary'],
  RO: ['ROU', 'Romania'],
  BG: ['BGR', 'Bulgaria'],
  GR: ['GRC', 'Greece'],
  HR: ['HRV', 'Croatia'],
  RS: ['SRB', 'Serbia'],
  SI: ['SVN', 'Slovenia'],
  EE: ['EST', 'Estonia'],
  LV: ['LVA', 'Latvia'],
  LT: ['LTU', 'Lithuania'],
  UA: ['UKR', 'Ukraine'],
  TR: ['TUR', 'Turkey', 'Türkiye'],
  IL: ['ISR', 'Israel'],
  AE: ['ARE', 'United Arab Emirates', 'UAE'],
  SA: ['SAU', 'Saudi Arabia'],
  EG: ['EGY', 'Egypt'],
  ZA: ['ZAF', 'South Africa'],
  NG: ['NGA', 'Nigeria'],
  KE: ['KEN', 'Kenya'],
  IN: ['IND', 'India'],
  PK: ['PAK', 'Pakistan'],
  BD: ['BGD', 'Bangladesh'],
  CN: ['CHN', 'China'],
  HK: ['HKG', 'Hong Kong'],
  TW: ['TWN', 'Taiwan'],
  JP: ['JPN', 'Japan'],
  KR: ['KOR', 'South Korea', 'Korea', 'Republic of Korea'],
  SG: ['SGP', 'Singapore'],
  MY: ['MYS', 'Malaysia'],
  ID: ['IDN', 'Indonesia'],
  PH: ['PHL', 'Philippines'],
  TH: ['THA', 'Thailand'],
  VN: ['VNM', 'Vietnam', 'Viet Nam'],
  MX: ['MEX', 'Mexico', 'México'],
  BR: ['BRA', 'Brazil', 'Brasil'],
  AR: ['ARG', 'Argentina'],
  CL: ['CHL', 'Chile'],
  CO: ['COL', 'Colombia'],
  PE: ['PER', 'Peru'],
  UY: ['URY', 'Uruguay'],
  CR: ['CRI', 'Costa Rica'],
};

const COUNTRY_BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(COUNTRY_TABLE)) {
  for (const name of names) COUNTRY_BY_NAME.set(name.toLowerCase(), code);
  COUNTRY_BY_NAME.set(code.toLowerCase(), code);
}

/** A country's ISO alpha-2 code from its name, alpha-3 or alpha-2 code; null when unknown. */
export function countryCode(text: string): string | null {
  return COUNTRY_BY_NAME.get(text.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** Known by name rather than by code: "United States" is a country, "CA" alone is California. */
export function countryByName(text: string): string | null {
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return key.length > 2 ? (COUNTRY_BY_NAME.get(key) ?? null) : null;
}

function byCodeOrName(table: Readonly<Record<string, string>>, text: string): string | null {
  const t = text.trim();
  if (table[t.toUpperCase()] && /^[A-Za-z]{2,3}$/.test(t)) return t.toUpperCase();
  const lower = t.toLowerCase();
  return Object.entries(table).find(([, name]) => name.toLowerCase() === lower)?.[0] ?? null;
}

export const usState = (text: string) => byCodeOrName(US_STATES, text);
export const caProvince = (text: string) => byCodeOrName(CA_PROVINCES, text);
export const auState = (text: string) => byCodeOrName(AU_STATES, text);

/** Cities that name their country on their own ("Berlin", "London"): the big job markets only. */
export const CITY_COUNTRY: Readonly<Record<string, string>> = {
  london: 'GB',
  manchester: 'GB',
  edinburgh: 'GB',
  berlin: 'DE',
  munich: 'DE',
  münchen: 'DE',
  hamburg: 'DE',
  frankfurt: 'DE',
  cologne: 'DE',
  köln: 'DE',
  paris: 'FR',
  amsterdam: 'NL',
  rotterdam: 'NL',
  dublin: 'IE',
  madrid: 'ES',
  barcelona: 'ES',
  lisbon: 'PT',
  milan: 'IT',
  rome: 'IT',
  zurich: 'CH',
  zürich: 'CH',
  vienna: 'AT',
  wien: 'AT',
  stockholm: 'SE',
  copenhagen: 'DK',
  oslo: 'NO',
  helsinki: 'FI',
  warsaw: 'PL',
  prague: 'CZ',
  toronto: 'CA',
  vancouver: 'CA',
  montreal: 'CA',
  sydney: 'AU',
  melbourne: 'AU',
  bangalore: 'IN',
  bengaluru: 'IN',
  mumbai: 'IN',
  hyderabad: 'IN',
  pune: 'IN',
  tokyo: 'JP',
  'tel aviv': 'IL',
  'sao paulo': 'BR',
  'são paulo': 'BR',
  'mexico city': 'MX',
  'new york city': 'US',
  'san francisco': 'US',
  nyc: 'US',
};
