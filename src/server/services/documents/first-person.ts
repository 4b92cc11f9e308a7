/**
 * A profile line as the seeker would say it in a letter: "Owns weekly revenue reporting" on a
 * current role reads "I own weekly revenue reporting", "Managing a team of 4" on an earlier one
 * "I managed a team of 4", "Responsible for payroll" "I was responsible for payroll". Only the
 * first word changes, and only when it is surely a verb: a past tense, or one of the common
 * resume verbs below. A verb that is also a noun ("Reports", "Test", "Design") counts only
 * before a word that starts its object ("a", "the", "weekly"...), so "Test automation for the
 * app" is left alone. null: no sure reading, the caller quotes the line as written.
 */

/** Base form -> past tense. `noun`: the word is a common noun too. */
const VERBS: Record<string, { past: string; noun?: true }> = {
  manage: { past: 'managed' },
  lead: { past: 'led', noun: true },
  own: { past: 'owned' },
  develop: { past: 'developed' },
  build: { past: 'built' },
  design: { past: 'designed', noun: true },
  support: { past: 'supported', noun: true },
  coordinate: { past: 'coordinated' },
  oversee: { past: 'oversaw' },
  maintain: { past: 'maintained' },
  prepare: { past: 'prepared' },
  create: { past: 'created' },
  implement: { past: 'implemented' },
  analyze: { past: 'analyzed' },
  analyse: { past: 'analysed' },
  handle: { past: 'handled' },
  deliver: { past: 'delivered' },
  run: { past: 'ran', noun: true },
  write: { past: 'wrote' },
  train: { past: 'trained', noun: true },
  plan: { past: 'planned', noun: true },
  monitor: { past: 'monitored', noun: true },
  ensure: { past: 'ensured' },
  provide: { past: 'provided' },
  conduct: { past: 'conducted' },
  review: { past: 'reviewed', noun: true },
  test: { past: 'tested', noun: true },
  deploy: { past: 'deployed' },
  drive: { past: 'drove', noun: true },
  improve: { past: 'improved' },
  assist: { past: 'assisted' },
  perform: { past: 'performed' },
  execute: { past: 'executed' },
  organize: { past: 'organized' },
  organise: { past: 'organised' },
  report: { past: 'reported', noun: true },
  collaborate: { past: 'collaborated' },
  communicate: { past: 'communicated' },
  negotiate: { past: 'negotiated' },
  sell: { past: 'sold' },
  teach: { past: 'taught' },
  supervise: { past: 'supervised' },
  resolve: { past: 'resolved' },
  operate: { past: 'operated' },
  track: { past: 'tracked', noun: true },
  serve: { past: 'served' },
  administer: { past: 'administered' },
  document: { past: 'documented', noun: true },
  research: { past: 'researched', noun: true },
  produce: { past: 'produced', noun: true },
  automate: { past: 'automated' },
  configure: { past: 'configured' },
  install: { past: 'installed' },
  troubleshoot: { past: 'troubleshot' },
  audit: { past: 'audited', noun: true },
  schedule: { past: 'scheduled', noun: true },
  recruit: { past: 'recruited', noun: true },
  mentor: { past: 'mentored', noun: true },
  help: { past: 'helped', noun: true },
  identify: { past: 'identified' },
  evaluate: { past: 'evaluated' },
  establish: { past: 'established' },
  facilitate: { past: 'facilitated' },
  generate: { past: 'generated' },
  launch: { past: 'launched', noun: true },
  migrate: { past: 'migrated' },
  optimize: { past: 'optimized' },
  present: { past: 'presented', noun: true },
  reduce: { past: 'reduced' },
  increase: { past: 'increased', noun: true },
  streamline: { past: 'streamlined' },
  direct: { past: 'directed' },
  guide: { past: 'guided', noun: true },
  compile: { past: 'compiled' },
  update: { past: 'updated', noun: true },
  inspect: { past: 'inspected' },
  repair: { past: 'repaired', noun: true },
  advise: { past: 'advised' },
  consult: { past: 'consulted' },
  diagnose: { past: 'diagnosed' },
  liaise: { past: 'liaised' },
};

const IRREGULAR_PAST = new Set(
  'led built ran cut grew won made wrote drove set took began brought taught kept held met sold spent found gave got chose oversaw rebuilt rewrote'.split(
    ' ',
  ),
);

/** Words that open a verb's object: after one of them, "Reports" and "Test" are verbs. */
const OBJECT_START =
  /^(a|an|the|and|our|all|new|daily|weekly|monthly|quarterly|annual|multiple|several|various|key|end-to-end|cross-functional|internal|external|client|customer|company|team|teams|over|up|to|with|\d[\d,.%+]*)$/i;

const thirdPerson = (base: string) =>
  /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
const gerund = (base: string) =>
  base === 'run'
    ? 'running'
    : base === 'plan'
      ? 'planning'
      : /[^e]e$/.test(base)
        ? `${base.slice(0, -1)}ing`
        : `${base}ing`;

/** Every present form (base, -s, -ing) of a listed verb -> its base form. */
const PRESENT_FORMS = new Map(
  Object.keys(VERBS).flatMap((base) => [base, thirdPerson(base), gerund(base)].map((form) => [form, base] as const)),
);

/**
 * The line in the first person, and each further clause after a semicolon that opens with a sure
 * verb too ("Manage a team; review all models" -> "I manage a team; I review all models"): left
 * as written, the second clause read as a fragment. A clause that is no sure verb stays as it is.
 */
export function firstPerson(text: string, current: boolean): string | null {
  const [head = '', ...clauses] = text.trim().split(/;\s+/);
  const first = firstPersonClause(head, current, false);
  if (first === null) return null;
  return [first, ...clauses.map((c) => firstPersonClause(c, current, true) ?? c)].join('; ');
}

/** Past tenses of the listed verbs: in a later clause, the only "-ed" words read as verbs. */
const LISTED_PAST = new Set(Object.values(VERBS).map((v) => v.past));

/**
 * `strict`: a clause after a semicolon, where a word ending in "-ed" counts only as a listed
 * verb's past ("based in Berlin", "experienced in SAP" describe, they do not report a deed).
 */
function firstPersonClause(text: string, current: boolean, strict: boolean): string | null {
  const match = /^(\S+)(\s+(\S+).*)$/s.exec(text.trim());
  if (!match) return null;
  const [, word = '', rest = '', next = ''] = match;
  const lower = word.toLowerCase();
  if (!/^[A-Za-z]+$/.test(word)) return null;
  if (lower === 'responsible' && /^for$/i.test(next)) return `I ${current ? 'am' : 'was'} responsible${rest}`;
  const past = strict
    ? word === lower && (LISTED_PAST.has(lower) || IRREGULAR_PAST.has(lower))
    : /^[a-z]+ed$/.test(lower) || IRREGULAR_PAST.has(lower);
  if (past) return `I ${lower}${rest}`;
  const base = PRESENT_FORMS.get(lower);
  const verb = base ? VERBS[base] : undefined;
  if (!base || !verb) return null;
  if (verb.noun && !OBJECT_START.test(next.replace(/[,;:]$/, ''))) return null;
  return `I ${current ? base : verb.past}${rest}`;
}
