/**
 * One-off ETL, run by a developer; its output is committed:
 *   npx tsx scripts/build-onet-data.ts [sourceDir]
 * Reads the O*NET 29.2 text files (default ../shared/data/onet) and writes
 * data/onet/onet.json.gz (the shape is OnetData in src/server/data/onet.ts) and
 * data/onet/ATTRIBUTION.md. Deterministic: the same input gives byte-identical output.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  onetDataSchema,
  type OnetData,
  type OnetOccupation,
  type OnetRelatedOccupation,
  type OnetTask,
  type OnetTechnologySkill,
} from '@/server/data/onet';

const SOURCE_DIR = path.resolve(process.argv[2] ?? path.join(process.cwd(), '..', 'shared', 'data', 'onet'));
const OUT_DIR = path.join(process.cwd(), 'data', 'onet');
const MAX_ALTERNATE_TITLES = 40;
const MAX_TASKS = 20;
const MAX_TECHNOLOGY_SKILLS = 40;
const ATTRIBUTION =
  'This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, ' +
  'Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. ' +
  'O*NET® is a trademark of USDOL/ETA.';

/** Tab-separated with a header row and CRLF endings; values are never quoted. */
function readTable(file: string): Record<string, string>[] {
  const lines = readFileSync(path.join(SOURCE_DIR, file), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? '').trim()]));
  });
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

const soc = (row: Record<string, string>) => row['O*NET-SOC Code'] ?? '';
const col = (row: Record<string, string>, name: string) => row[name] ?? '';

/** Case-insensitive dedupe that keeps the first spelling and drops anything in `exclude`. */
function uniqueTitles(titles: string[], exclude: string[] = []): string[] {
  const seen = new Set(exclude.map((t) => t.toLowerCase()));
  return titles.filter((t) => {
    const k = t.toLowerCase();
    if (t === '' || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const TASK_ORDER: Record<OnetTask['type'], number> = { core: 0, supplemental: 1, unrated: 2 };
const TIERS: Record<string, OnetRelatedOccupation['tier']> = {
  'Primary-Short': 'primary-short',
  'Primary-Long': 'primary-long',
  Supplemental: 'supplemental',
};

function build(): OnetData {
  const zones = new Map(readTable('Job Zones.txt').map((r) => [soc(r), Number(col(r, 'Job Zone'))]));
  const alternates = groupBy(readTable('Alternate Titles.txt'), soc);
  const reported = groupBy(readTable('Sample of Reported Titles.txt'), soc);
  const tasks = groupBy(readTable('Task Statements.txt'), soc);
  const tech = groupBy(readTable('Technology Skills.txt'), soc);
  const related = groupBy(readTable('Related Occupations.txt'), soc);

  const occupations = readTable('Occupation Data.txt').map((row): OnetOccupation => {
    const code = soc(row);
    const title = col(row, 'Title');
    const reportedTitles = uniqueTitles((reported.get(code) ?? []).map((r) => col(r, 'Reported Job Title')));
    // Shortest first: short alternates read like real posting titles; long ones are mostly qualifiers.
    const alternateTitles = uniqueTitles(
      (alternates.get(code) ?? []).map((r) => col(r, 'Alternate Title')).sort((a, b) => a.length - b.length),
      [title],
    ).slice(0, MAX_ALTERNATE_TITLES);
    const taskList = (tasks.get(code) ?? [])
      .map((r): OnetTask => {
        const type = col(r, 'Task Type');
        return {
          text: col(r, 'Task'),
          type: type === 'Core' ? 'core' : type === 'Supplemental' ? 'supplemental' : 'unrated',
        };
      })
      .sort((a, b) => TASK_ORDER[a.type] - TASK_ORDER[b.type]) // stable: keeps O*NET order within a type
      .slice(0, MAX_TASKS);
    const rank = (s: OnetTechnologySkill) => (s.hot ? 0 : 2) + (s.inDemand ? 0 : 1);
    const seenSkills = new Set<string>();
    const technologySkills = (tech.get(code) ?? [])
      .map((r): OnetTechnologySkill => ({
        name: col(r, 'Example'),
        category: col(r, 'Commodity Title'),
        hot: col(r, 'Hot Technology') === 'Y',
        inDemand: col(r, 'In Demand') === 'Y',
      }))
      // One tool can be listed under two commodity classes: keep its first (O*NET-ordered) row.
      .filter((s) => !seenSkills.has(s.name) && Boolean(seenSkills.add(s.name)))
      .sort((a, b) => rank(a) - rank(b))
      .slice(0, MAX_TECHNOLOGY_SKILLS);
    const relatedOccupations = (related.get(code) ?? [])
      .sort((a, b) => Number(col(a, 'Index')) - Number(col(b, 'Index')))
      .flatMap((r): OnetRelatedOccupation[] => {
        const tier = TIERS[col(r, 'Relatedness Tier')];
        return tier ? [{ code: col(r, 'Related O*NET-SOC Code'), tier }] : [];
      });
    const zone = zones.get(code);
    return {
      code,
      title,
      description: col(row, 'Description'),
      jobZone: zone && zone >= 1 && zone <= 5 ? zone : null,
      alternateTitles,
      reportedTitles,
      tasks: taskList,
      technologySkills,
      relatedOccupations,
    };
  });
  return onetDataSchema.parse({ version: '29.2', attribution: ATTRIBUTION, occupations });
}

const data = build();
mkdirSync(OUT_DIR, { recursive: true });
const gz = gzipSync(JSON.stringify(data), { level: 9 });
writeFileSync(path.join(OUT_DIR, 'onet.json.gz'), gz);
writeFileSync(
  path.join(OUT_DIR, 'ATTRIBUTION.md'),
  `# O*NET attribution\n\n${ATTRIBUTION}\n\nLicense: https://creativecommons.org/licenses/by/4.0/\n\n` +
    'Source: O*NET 29.2 Database (February 2025), https://www.onetcenter.org/database.html\n\n' +
    'Changes: the data was reduced to the fields below and re-encoded as gzip-compressed JSON ' +
    '(`onet.json.gz`, built by `scripts/build-onet-data.ts`):\n\n' +
    '- per occupation: O*NET-SOC code, title, description, job zone (Job Zones.txt)\n' +
    `- alternate titles (at most ${MAX_ALTERNATE_TITLES}, shortest first) and sample of reported titles\n` +
    `- task statements (at most ${MAX_TASKS}, core tasks first)\n` +
    `- technology skills: example name, commodity title, hot and in-demand flags (at most ${MAX_TECHNOLOGY_SKILLS}, hot first)\n` +
    '- related occupations with their relatedness tier\n',
);
const counts = data.occupations.reduce((n, o) => n + o.tasks.length + o.technologySkills.length, 0);
console.log(
  `${data.occupations.length} occupations, ${counts} tasks+skills, ${(gz.length / 1024).toFixed(0)} KiB gzipped`,
);
