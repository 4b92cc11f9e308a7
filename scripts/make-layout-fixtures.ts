/**
 * Generates tests/fixtures/resumes/layouts: the same kinds of resume content laid out the ways real
 * resumes are (one and two columns, dates left or right, title/company either way round, pipes, tabs,
 * labelled fields), written as PDF (pdf-lib, pdfkit), DOCX (the docx package, and WordprocessingML
 * assembled by hand and zipped with jszip) and plain text, plus expected.json: what the parser should
 * read from each. Fictional people only. Deterministic: dates inside the files are pinned.
 *   npx tsx scripts/make-layout-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { type Expected, type Fixture, type Tool } from './fixtures/layout-lines';
import { MORE_LAYOUTS } from './fixtures/layouts-more';
import { HEADER_ORDER_LAYOUTS } from './fixtures/layouts-header-orders';
import { SEPARATOR_LAYOUTS } from './fixtures/layouts-separators';
import { docxPackage, wordml } from './fixtures/render-docx';
import { pdfKit, pdfLib, toText } from './fixtures/render-pdf';

const OUT = path.join(process.cwd(), 'tests', 'fixtures', 'resumes', 'layouts');
/** In this order in expected.json. */
const FIXTURES: Fixture[] = [...HEADER_ORDER_LAYOUTS, ...SEPARATOR_LAYOUTS, ...MORE_LAYOUTS];

const TOOLS: Record<string, Tool> = {
  '01-title-dash-company.docx': 'docx',
  '02-title-comma-company.pdf': 'pdf-lib',
  '03-company-city-then-title-dates.pdf': 'pdfkit',
  '04-pipes.txt': 'txt',
  '05-tabs.docx': 'wordml',
  '06-dates-left.pdf': 'pdfkit',
  '07-company-first-dash.docx': 'wordml',
  '08-title-at-company.txt': 'txt',
  '09-labelled-fields.pdf': 'pdf-lib',
  '10-dates-first.docx': 'docx',
  '11-day-dates-and-durations.txt': 'txt',
  '12-two-column.pdf': 'pdf-lib',
  '13-three-line-header.pdf': 'pdfkit',
  '14-company-details.txt': 'txt',
  '15-two-column-interleaved.pdf': 'pdfkit',
  '16-two-column-table.docx': 'docx',
};

const RENDER: Record<Tool, (f: Fixture) => Promise<Uint8Array | string>> = {
  'pdf-lib': pdfLib,
  pdfkit: pdfKit,
  docx: docxPackage,
  wordml,
  txt: (f) => Promise.resolve(toText([...(f.sidebar ?? []), ...f.lines])),
};

async function main() {
  mkdirSync(OUT, { recursive: true });
  const expected: Record<string, Expected> = {};
  for (const fixture of FIXTURES) {
    const tool = TOOLS[fixture.file];
    if (!tool) throw new Error(`No tool for ${fixture.file}`);
    const content = await RENDER[tool](fixture);
    writeFileSync(path.join(OUT, fixture.file), content);
    expected[fixture.file] = { tool, ...fixture.expected };
    console.log(`${fixture.file.padEnd(40)} ${tool.padEnd(8)} ${content.length} bytes`);
  }
  // Formatted as the repository formats JSON, so the check-in stays as generated.
  const file = path.join(OUT, 'expected.json');
  const options = { ...(await resolveConfig(file)), parser: 'json' };
  writeFileSync(file, await format(JSON.stringify(expected), options));
}

await main();
