/**
 * `npm run etl -- <what>`: one ingestion run from the command line, into DATABASE_URL or the
 * embedded database, with a progress bar and the run's summary line.
 *
 *   --source greenhouse:<token>   a job board (any type of SOURCE_TYPES; remotive / arbeitnow alone)
 *   --url <page>                  a career page whose HTML embeds schema.org JobPosting JSON-LD
 *   --file jobs.jsonld|jobs.json  a JSON-LD file: one JobPosting, an array, or a @graph
 *   --file jobs.csv [--map title=Job Title,companyName=Company,...]   a CSV, columns mapped (else guessed)
 *   --no-match                    skip the matching workflow (embeddings, scores) for the new jobs
 *
 * A file is a complete feed of its source ('file:<name>'): loading a newer version closes the
 * jobs it no longer lists.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { parse as parseCsv } from 'csv-parse/sync';
import { openMigratedDatabase } from '@/server/db/open';
import {
  csvColumnMapping,
  parseCsvPostings,
  parseJobPostingJsonLd,
  suggestMapping,
  type CsvColumnMapping,
} from '@/server/services/ingestion/connectors';
import { SOURCE_TYPES, type Connector, type SourceType } from '@/server/services/ingestion/normalized-posting';
import { runDepsFor } from '@/server/services/ingestion/runs/run-deps';
import { runSource, type SourceToRun } from '@/server/services/ingestion/runs/run-source';
import { summaryLine } from '@/server/services/ingestion/runs/run-summary';
import { sourceKeyOf } from '@/server/services/ingestion/runs/source-key';
import { drainWorkflows } from '@/server/workflows/dispatch';

const USAGE =
  'usage: npm run etl -- --source <type>:<token> | --url <page> | --file <jobs.jsonld|jobs.json|jobs.csv> [--map field=Column,...] [--no-match]';

const { values } = parseArgs({
  options: {
    source: { type: 'string' },
    url: { type: 'string' },
    file: { type: 'string' },
    map: { type: 'string' },
    'no-match': { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

function parseMap(text: string | undefined, headers: string[]): CsvColumnMapping {
  if (!text) return suggestMapping(headers);
  const pairs = text.split(',').map((p) => p.split('=').map((s) => s.trim()));
  const mapping = csvColumnMapping.safeParse(Object.fromEntries(pairs.filter((p) => p.length === 2)));
  if (!mapping.success) fail(`--map: ${mapping.error.issues[0]?.message ?? 'not field=Column pairs'}`);
  return mapping.data;
}

function csvHeaders(text: string): string[] {
  const [first] = parseCsv(text, { to_line: 1, bom: true, relax_column_count: true }) as string[][];
  return (first ?? []).map((h) => h.trim());
}

/** A file read once, offered to runSource as a connector whose feed is complete. */
async function fileConnector(file: string, key: string): Promise<Connector> {
  const text = await readFile(file, 'utf8');
  const collected = /\.csv$/i.test(file)
    ? parseCsvPostings(text, parseMap(values.map, csvHeaders(text)), { source: key })
    : parseJobPostingJsonLd(text, { source: key });
  return { type: 'jsonld', fetch: () => Promise.resolve({ ...collected, complete: true }) };
}

async function target(): Promise<{ source: SourceToRun; connector?: Connector }> {
  const given = [values.source, values.url, values.file].filter(Boolean).length;
  if (given !== 1) fail('Give exactly one of --source, --url, --file.');
  if (values.source) {
    const [type, ...rest] = values.source.split(':');
    if (!(SOURCE_TYPES as readonly string[]).includes(type ?? ''))
      fail(`Unknown source type "${type}". Known: ${SOURCE_TYPES.join(', ')}.`);
    const token = rest.join(':');
    return { source: { id: null, type: type as SourceType, token, key: sourceKeyOf(type as SourceType, token) } };
  }
  if (values.url) {
    if (!/^https?:\/\//i.test(values.url)) fail('--url takes an http(s) address.');
    return { source: { id: null, type: 'jsonld', token: values.url, key: sourceKeyOf('jsonld', values.url) } };
  }
  const file = values.file ?? '';
  const name = path
    .basename(file)
    .replace(/[^A-Za-z0-9._~-]+/g, '-')
    .slice(0, 44);
  const key = `file:${name}`;
  return { source: { id: null, type: 'jsonld', token: file, key }, connector: await fileConnector(file, key) };
}

const { source, connector } = await target();
const handle = await openMigratedDatabase();
const bar = new SingleBar(
  { format: ' {bar} {percentage}% | {value}/{total} postings normalized', hideCursor: true },
  Presets.shades_classic,
);
let started = false;
try {
  const deps = runDepsFor(source.key, {
    onProgress: (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    ...(values['no-match'] ? { onJobsChanged: () => Promise.resolve() } : {}),
  });
  if (connector) deps.connectorFor = () => connector;
  const summary = await runSource(handle.db, source, deps);
  if (started) bar.stop();
  if (!values['no-match'] && summary.inserted + summary.updated > 0) {
    console.log('Preparing the new jobs for matching (occupations, embeddings, scores)…');
    await drainWorkflows();
  }
  console.log(summaryLine(summary));
  process.exitCode = summary.status === 'failed' ? 1 : 0;
} finally {
  if (started) bar.stop();
  await handle.close();
}
