/**
 * Cross-source duplicates are the same posting on two boards: same employer, same job title and
 * place, near-identical text. Boards spell these differently ("Acme, Inc." / "ACME";
 * "Sr. Software Eng. II" / "Senior Software Engineer 2"; "NYC" / "New York, NY"), so each is
 * reduced to a canonical form first. The key (employer | title) finds candidates by index; place
 * and text are compared on the candidates (see is-duplicate.ts).
 */

const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'plc',
  'sa',
  'sas',
  'bv',
  'nv',
  'pty',
  'pvt',
  'srl',
  'oy',
  'ab',
  'the',
  'group',
  'holdings',
]);

const TITLE_WORDS: Record<string, string> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  mgr: 'manager',
  mngr: 'manager',
  eng: 'engineer',
  engr: 'engineer',
  dev: 'developer',
  assoc: 'associate',
  asst: 'assistant',
  admin: 'administrator',
  mktg: 'marketing',
  ops: 'operations',
  sw: 'software',
  swe: 'software engineer',
  vp: 'vice president',
  dir: 'director',
  coord: 'coordinator',
  rep: 'representative',
  tech: 'technician',
  spec: 'specialist',
  acct: 'accountant',
  ii: '2',
  iii: '3',
  iv: '4',
};

/** Words that only say where or how the job is done; boards append them to titles. */
const ARRANGEMENT_WORDS = new Set(['remote', 'hybrid', 'onsite', 'wfh', 'telecommute', 'anywhere']);

const CITY_ALIASES: Record<string, string> = {
  nyc: 'new york',
  'new york city': 'new york',
  manhattan: 'new york',
  brooklyn: 'new york',
  sf: 'san francisco',
  'san fran': 'san francisco',
  la: 'los angeles',
  dc: 'washington',
  'washington dc': 'washington',
  'washington d c': 'washington',
  philly: 'philadelphia',
  'st louis': 'saint louis',
  'st paul': 'saint paul',
  'ft lauderdale': 'fort lauderdale',
  'ft worth': 'fort worth',
  muenchen: 'munich',
  münchen: 'munich',
  köln: 'cologne',
  koeln: 'cologne',
  wien: 'vienna',
};

const words = (s: string): string[] =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9+#]+/)
    .filter(Boolean);

export function normalizeEmployer(name: string): string {
  const ws = words(name.replace(/\.(?=[a-z])/gi, ''));
  const kept = ws.filter((w) => !LEGAL_SUFFIXES.has(w));
  return (kept.length ? kept : ws).join(' ');
}

export function normalizeTitle(title: string): string {
  // Parenthesized or dashed tails that only name an arrangement or a place: "(Remote)", "- Remote US".
  const stripped = title.replace(/\(([^)]*)\)/g, (m, inner: string) =>
    words(inner).some((w) => ARRANGEMENT_WORDS.has(w)) ? ' ' : ` ${inner} `,
  );
  const parts = stripped.split(/\s+[-–—|/]\s+/);
  const head = parts.filter((p, i) => i === 0 || !words(p).some((w) => ARRANGEMENT_WORDS.has(w))).join(' ');
  return words(head)
    .flatMap((w) => (w in TITLE_WORDS ? (TITLE_WORDS[w] ?? '').split(' ') : [w]))
    .filter((w) => w && !ARRANGEMENT_WORDS.has(w))
    .join(' ');
}

export function normalizeCity(city: string | null): string | null {
  if (!city) return null;
  const c = words(city.replace(/\./g, '')).join(' ');
  if (!c) return null;
  return CITY_ALIASES[c] ?? c.replace(/^(st|ste) /, 'saint ').replace(/^ft /, 'fort ');
}

/** The candidate key: postings of one employer with one title. Null when either is empty. */
export function dedupeKeyOf(companyName: string, title: string): string | null {
  const employer = normalizeEmployer(companyName);
  const t = normalizeTitle(title);
  if (!employer || !t) return null;
  return `${employer}|${t}`.slice(0, 400);
}
