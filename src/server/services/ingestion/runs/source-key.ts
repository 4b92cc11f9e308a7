import { jsonLdSourceKey, sourceKeyFor } from '../connectors/source-key';
import type { SourceType } from '../normalized-posting';

/** jobs.source for a source row: the same key its connector stamps on each posting. */
export const sourceKeyOf = (type: SourceType, token: string): string =>
  type === 'jsonld' ? jsonLdSourceKey(token) : sourceKeyFor(type, token);
