/**
 * getConnector(type) for the runs; baseUrl points a board connector at another server (tests).
 */
import type { Connector, SourceType } from '../normalized-posting';
import { createArbeitnowConnector } from './arbeitnow';
import { createAshbyConnector } from './ashby';
import { createGreenhouseConnector } from './greenhouse';
import { createJsonLdConnector } from './json-ld';
import { createLeverConnector } from './lever';
import { createRecruiteeConnector } from './recruitee';
import { createRemotiveConnector } from './remotive';
import { createSmartRecruitersConnector } from './smartrecruiters';
import { createWorkableConnector } from './workable';

export interface ConnectorOptions {
  baseUrl?: string;
}

const FACTORIES: Record<SourceType, (options: ConnectorOptions) => Connector> = {
  greenhouse: createGreenhouseConnector,
  lever: createLeverConnector,
  ashby: createAshbyConnector,
  smartrecruiters: createSmartRecruitersConnector,
  workable: createWorkableConnector,
  recruitee: createRecruiteeConnector,
  remotive: createRemotiveConnector,
  arbeitnow: createArbeitnowConnector,
  jsonld: () => createJsonLdConnector(),
};

export function getConnector(type: SourceType, options: ConnectorOptions = {}): Connector {
  return FACTORIES[type](options);
}

export {
  parseCsvPostings,
  suggestMapping,
  csvColumnMapping,
  CSV_FIELDS,
  type CsvColumnMapping,
  type CsvField,
} from './csv';
export { extractJobPostingsFromHtml, findJobPostings, parseJobPostingJsonLd } from './json-ld';
export { jsonLdSourceKey, sourceKeyFor } from './source-key';
export type { Collected } from './collect';
