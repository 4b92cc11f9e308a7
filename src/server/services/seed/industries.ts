/**
 * Industries of seeded companies, the nouns their names end with, and which O*NET major
 * groups (first two digits of the SOC code) they hire from. The mapping keeps postings
 * plausible: nurses at health systems, truck drivers at logistics firms.
 */
export const INDUSTRIES = {
  Software: ['Software', 'Labs', 'Systems', 'Technologies', 'Cloud', 'Data'],
  Healthcare: ['Health', 'Medical', 'Care', 'Health Partners'],
  'Financial Services': ['Capital', 'Financial', 'Bank', 'Investments'],
  Insurance: ['Insurance', 'Assurance', 'Mutual'],
  Manufacturing: ['Manufacturing', 'Industries', 'Works', 'Fabrication'],
  Retail: ['Market', 'Goods', 'Outfitters', 'Supply Co.'],
  Logistics: ['Logistics', 'Freight', 'Transport'],
  Construction: ['Builders', 'Construction', 'Contracting'],
  Education: ['Learning', 'Academy', 'Education'],
  Energy: ['Energy', 'Power', 'Solar', 'Utilities'],
  Hospitality: ['Hospitality', 'Hotels', 'Kitchens'],
  Consulting: ['Consulting', 'Advisors', 'Group'],
  Media: ['Media', 'Studios', 'Publishing'],
  Biotechnology: ['Biosciences', 'Therapeutics', 'Bio'],
  Telecommunications: ['Networks', 'Telecom', 'Communications'],
  Agriculture: ['Farms', 'Agriculture', 'Growers'],
} as const satisfies Record<string, readonly string[]>;

export type Industry = keyof typeof INDUSTRIES;
export const INDUSTRY_NAMES = Object.keys(INDUSTRIES) as Industry[];

/** SOC major group -> industries that employ it; groups not listed hire everywhere. */
const BY_MAJOR_GROUP: Readonly<Record<string, readonly Industry[]>> = {
  '15': ['Software', 'Telecommunications', 'Financial Services', 'Consulting', 'Media', 'Insurance'],
  '17': ['Manufacturing', 'Construction', 'Energy', 'Software', 'Telecommunications'],
  '19': ['Biotechnology', 'Energy', 'Agriculture', 'Education', 'Consulting'],
  '21': ['Healthcare', 'Education'],
  '23': ['Consulting', 'Financial Services', 'Insurance'],
  '25': ['Education'],
  '27': ['Media', 'Software', 'Retail', 'Hospitality'],
  '29': ['Healthcare', 'Biotechnology'],
  '31': ['Healthcare'],
  '33': ['Hospitality', 'Retail', 'Logistics', 'Education'],
  '35': ['Hospitality', 'Retail', 'Education', 'Healthcare'],
  '37': ['Hospitality', 'Construction', 'Healthcare', 'Education'],
  '39': ['Hospitality', 'Healthcare', 'Education'],
  '41': ['Retail', 'Software', 'Insurance', 'Financial Services', 'Manufacturing', 'Telecommunications'],
  '45': ['Agriculture'],
  '47': ['Construction', 'Energy'],
  '49': ['Manufacturing', 'Energy', 'Telecommunications', 'Construction', 'Logistics'],
  '51': ['Manufacturing', 'Agriculture', 'Biotechnology', 'Energy'],
  '53': ['Logistics', 'Retail', 'Manufacturing'],
};

export function industriesForOccupation(socCode: string): readonly Industry[] {
  return BY_MAJOR_GROUP[socCode.slice(0, 2)] ?? INDUSTRY_NAMES;
}
